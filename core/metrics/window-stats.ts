/**
 * The figures (R6–R8), projections (R11) and risk (R12) of one window (R5) at `now`, with the
 * ranges and doubts that bounded times (R13) leave.
 */
import { earnsBadge, fastestCount, figuresOf } from './figures';
import { answerAllBy, answersNeeded, badgeAnsweringAt, figuresAnsweringAt, missesAllowed, projectionBasis, type BoundedBases, type ProjectionBasis } from './projections';
import { riskOf } from './risk';
import type { MetricSettings, Risk, Stats } from './types';
import type { RequestWindow } from './window';

export type WindowStats = Omit<Stats, 'threads'>;

export function windowStats(window: RequestWindow, now: number, settings: MetricSettings): WindowStats {
  const { size: requests, answered, pendingLatestFirst } = window;
  const bases = boundedBases(window);
  const k = fastestCount(answered);
  const sumOfFastest = (basis: ProjectionBasis) => (answered > 0 ? basis.times.sumOfFastest(k) : 0);
  const figures = figuresOf(requests, answered, k, { best: sumOfFastest(bases.best), least: sumOfFastest(bases.least), greatest: sumOfFastest(bases.greatest) }, settings);
  const best = outlookOf(bases.best, now, settings);
  // Answer-all-by and the risk only ever improve as times shrink: the least and the greatest times give their extremes.
  const least = window.bounded ? outlookOf(bases.least, now, settings) : best;
  const greatest = window.bounded ? outlookOf(bases.greatest, now, settings) : best;
  return {
    ...figures,
    requests, answered, pending: pendingLatestFirst.length,
    windowFrom: window.from, windowTo: window.to,
    ifAnsweredNow: figuresAnsweringAt(bases, now, settings),
    answerAllBy: best.answerAllBy,
    answerAllByUncertain: least.answerAllBy !== greatest.answerAllBy,
    answerAllBySlowEnd: greatest.answerAllBy,
    missesAllowed: missesAllowed(answered, requests, settings.rateTarget),
    answersNeeded: answersNeeded(answered, requests, settings.rateTarget),
    risk: best.risk,
    riskUncertain: least.risk !== greatest.risk,
  };
}

/** R13: the window's bases on best, least and greatest times; one basis for all three when every time is exact. */
function boundedBases(window: RequestWindow): BoundedBases {
  const { size: requests, answered } = window;
  const best = projectionBasis(requests, answered, window.responseTimes, window.pendingLatestFirst);
  if (!window.bounded) return { best, least: best, greatest: best };
  const latestFirst = (instants: readonly number[]) => [...instants].sort((a, b) => b - a);
  return {
    best,
    // The least response times wait from the latest instant a request may have arrived, the greatest from the earliest.
    least: projectionBasis(requests, answered, window.leastResponseTimes, latestFirst(window.pendingAtMax)),
    greatest: projectionBasis(requests, answered, window.greatestResponseTimes, latestFirst(window.pendingAtMin)),
  };
}

/** R11 answer-all-by and R12 risk on one basis' times. */
function outlookOf(basis: ProjectionBasis, now: number, settings: MetricSettings): { answerAllBy: number | null; risk: Risk } {
  const k = fastestCount(basis.answered);
  const badge = earnsBadge(basis.requests, basis.answered, k, basis.answered > 0 ? basis.times.sumOfFastest(k) : 0, settings);
  const allBy = answerAllBy(basis, now, settings);
  const risk = riskOf(badge, basis.pendingLatestFirst.length, allBy, badgeAnsweringAt(basis, now, settings), now, settings.riskLeadSeconds);
  return { answerAllBy: allBy, risk };
}
