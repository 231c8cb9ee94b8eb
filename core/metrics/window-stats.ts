/**
 * The figures (R6–R8), projections (R11) and risk (R12) of one window (R5) at `now`.
 */
import { FastestTimeSums } from './fastest-times';
import { fastestCount, figuresOf } from './figures';
import { answerAllBy, answersNeeded, fewestFastestNeeded, figuresAnsweringAt, missesAllowed, type ProjectionBasis } from './projections';
import { riskOf } from './risk';
import type { MetricSettings, Stats } from './types';
import type { RequestWindow } from './window';

export type WindowStats = Omit<Stats, 'threads'>;

export function windowStats(window: RequestWindow, now: number, settings: MetricSettings): WindowStats {
  const { size: requests, answered, pendingLatestFirst } = window;
  const basis: ProjectionBasis = {
    requests, answered, pendingLatestFirst,
    times: new FastestTimeSums(window.responseTimes, answered, fewestFastestNeeded(answered, pendingLatestFirst.length)),
  };
  const k = fastestCount(answered);
  const figures = figuresOf(requests, answered, answered > 0 ? basis.times.sumOfFastest(k) : 0, k, settings);
  const ifAnsweredNow = figuresAnsweringAt(basis, now, settings);
  const allBy = answerAllBy(basis, now, settings);
  return {
    ...figures,
    requests, answered, pending: pendingLatestFirst.length,
    windowFrom: window.from, windowTo: window.to,
    ifAnsweredNow,
    answerAllBy: allBy,
    missesAllowed: missesAllowed(answered, requests, settings.rateTarget),
    answersNeeded: answersNeeded(answered, requests, settings.rateTarget),
    risk: riskOf(figures.badge, pendingLatestFirst.length, allBy, ifAnsweredNow.badge, now, settings.riskLeadSeconds),
  };
}
