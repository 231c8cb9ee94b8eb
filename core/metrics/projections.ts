/**
 * R11 — what the engine projects for the current window: the figures if every pending request were
 * answered now, the latest second by which answering them all keeps the badge, and how many misses
 * the rate can take or how many answers it needs.
 */
import { SECOND_MS } from './durations';
import { FastestTimeSums } from './fastest-times';
import { earnsBadge, fastestCount, figuresOf, R8_RATE_TARGET_SCALE, rateTargetParts, timeWithinTarget } from './figures';
import { R2_ANSWER_LIMIT_MS } from './requests';
import type { Figures, MetricSettings } from './types';

/** The window's answered response times and its pending requests' arrival times. */
export interface ProjectionBasis {
  requests: number;
  answered: number;
  /** Built with `fewestNeeded` = `fewestFastestNeeded(answered, pending.length)`. */
  times: FastestTimeSums;
  /** Arrival times of the pending requests, latest first (= shortest wait first). */
  pendingLatestFirst: readonly number[];
}

/** R13: one window on best times, on every time's least value and on every time's greatest value. */
export interface BoundedBases {
  best: ProjectionBasis;
  least: ProjectionBasis;
  greatest: ProjectionBasis;
}

/** The basis of a window; `responseTimes[0, answered)` are consumed (reordered). */
export function projectionBasis(requests: number, answered: number, responseTimes: Float64Array, pendingLatestFirst: readonly number[]): ProjectionBasis {
  const times = new FastestTimeSums(responseTimes, answered, fewestFastestNeeded(answered, pendingLatestFirst.length));
  return { requests, answered, times, pendingLatestFirst };
}

/** The fewest fastest answered times the figures and projections may need to sum. */
export function fewestFastestNeeded(answered: number, pending: number): number {
  return Math.min(fastestCount(answered), Math.max(0, fastestCount(answered + pending) - pending));
}

/**
 * Sum of the k fastest response times when every pending request is answered at `t`: the fastest k
 * of two sorted lists is the cheapest split between them, so this costs O(pending).
 */
function fastestSumAnsweringAt(basis: ProjectionBasis, k: number, t: number): number {
  const pending = basis.pendingLatestFirst;
  let best = Infinity;
  let pendingSum = 0;
  for (let j = 0; j <= Math.min(pending.length, k); j++) {
    // R13: a request that may have arrived after `t` may have waited no time at all.
    if (j > 0) pendingSum += Math.max(0, t - pending[j - 1]!);
    if (k - j <= basis.answered) best = Math.min(best, basis.times.sumOfFastest(k - j) + pendingSum);
  }
  return best;
}

/** R11 with R13: the figures, their time range among them, if every pending request were answered at `t`. */
export function figuresAnsweringAt(bases: BoundedBases, t: number, settings: MetricSettings): Figures {
  const answered = bases.best.answered + bases.best.pendingLatestFirst.length;
  const k = fastestCount(answered);
  const sums = { best: fastestSumAnsweringAt(bases.best, k, t), least: fastestSumAnsweringAt(bases.least, k, t), greatest: fastestSumAnsweringAt(bases.greatest, k, t) };
  return figuresOf(bases.best.requests, answered, k, sums, settings);
}

/** R11: the badge (R8 on the basis' times) if every pending request were answered at `t`. */
export function badgeAnsweringAt(basis: ProjectionBasis, t: number, settings: MetricSettings): boolean {
  const answered = basis.answered + basis.pendingLatestFirst.length;
  const k = fastestCount(answered);
  return earnsBadge(basis.requests, answered, k, fastestSumAnsweringAt(basis, k, t), settings);
}

/**
 * R11 answer all by: the latest whole second t in [now, D), D = the earliest instant a pending request
 * turns missed, such that answering every pending request at t earns the badge; null when nothing is
 * pending or even answering at `now` does not earn it. Answering later only raises the time, so the
 * second is found by bisection.
 */
export function answerAllBy(basis: ProjectionBasis, now: number, settings: MetricSettings): number | null {
  const pending = basis.pendingLatestFirst;
  if (pending.length === 0 || !badgeAnsweringAt(basis, now, settings)) return null;
  const missedFrom = pending[pending.length - 1]! + R2_ANSWER_LIMIT_MS;
  const answered = basis.answered + pending.length;
  const k = fastestCount(answered);
  const earns = (second: number) => timeWithinTarget(fastestSumAnsweringAt(basis, k, second * SECOND_MS), k, settings.timeTargetSeconds);
  let lo = Math.ceil(now / SECOND_MS);
  let hi = Math.ceil(missedFrom / SECOND_MS) - 1;
  if (lo > hi || !earns(lo)) return null;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (earns(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo * SECOND_MS;
}

/**
 * R11 misses allowed: the largest y ≥ 0 with answered ÷ (requests + y) ≥ target, in integers;
 * 0 when the rate is already below target or the window is empty.
 * Example: 29 of 30 answered, target 0.9 → 2 (29/32 ≥ 0.9 > 29/33).
 */
export function missesAllowed(answered: number, requests: number, rateTarget: number): number {
  const target = rateTargetParts(rateTarget);
  if (requests === 0 || target <= 0) return 0;
  const slack = answered * R8_RATE_TARGET_SCALE - target * requests;
  return slack <= 0 ? 0 : Math.floor(slack / target);
}

/**
 * R11 answers needed: the smallest x ≥ 0 with (answered + x) ÷ (requests + x) ≥ target, in integers;
 * 0 for an empty window; Infinity when the target is 100 % and something went unanswered.
 * Example: 7 of 10 answered, target 0.9 → 20 (27/30 = 0.9).
 */
export function answersNeeded(answered: number, requests: number, rateTarget: number): number {
  const target = rateTargetParts(rateTarget);
  const shortfall = target * requests - answered * R8_RATE_TARGET_SCALE;
  if (requests === 0 || shortfall <= 0) return 0;
  const perAnswer = R8_RATE_TARGET_SCALE - target;
  return perAnswer <= 0 ? Infinity : Math.ceil(shortfall / perAnswer);
}
