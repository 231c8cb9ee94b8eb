/**
 * R6–R8 — response rate, response time and the badge, in integers where they are compared.
 */
import { badgeStatusOf } from './bounded-times';
import { SECOND_MS } from './durations';
import type { Figures, MetricSettings } from './types';

/** R7: the response time averages the fastest 9/10 of the answered requests (a fixed share, not the rate target). */
export const R7_FASTEST_NUMERATOR = 9;
export const R7_FASTEST_DENOMINATOR = 10;
/**
 * R8: the rate target is compared as the integer fraction round(target × 10⁶) / 10⁶, so
 * "rate ≥ 0.9" is exactly "10⁶ · answered ≥ 900 000 · requests", with no floating-point drift.
 */
export const R8_RATE_TARGET_SCALE = 1_000_000;

/**
 * R7 *decision*: k = ⌈9 · answered / 10⌉, computed in integers (so k ≥ 1 whenever anything was
 * answered). Example: 70 answered → 63, where 0.9 × 70 in floating point would give 64.
 */
export function fastestCount(answered: number): number {
  return Math.floor((R7_FASTEST_NUMERATOR * answered + R7_FASTEST_DENOMINATOR - 1) / R7_FASTEST_DENOMINATOR);
}

/** The rate target as an integer numerator over `R8_RATE_TARGET_SCALE`. */
export function rateTargetParts(rateTarget: number): number {
  return Math.round(rateTarget * R8_RATE_TARGET_SCALE);
}

/** R8: answered ÷ requests ≥ target, exactly; false when there is no request. */
export function rateReachesTarget(answered: number, requests: number, rateTarget: number): boolean {
  return requests > 0 && answered * R8_RATE_TARGET_SCALE >= rateTargetParts(rateTarget) * requests;
}

/** R8: the mean `sumMs ÷ count` is at most the time target, exactly (times are whole milliseconds). */
export function timeWithinTarget(sumMs: number, count: number, timeTargetSeconds: number): boolean {
  return count > 0 && sumMs <= Math.round(timeTargetSeconds * SECOND_MS) * count;
}

/** R8: the badge from the rate's counts and the sum, ms, of the `fastest` response times R7 averages. */
export function earnsBadge(requests: number, answered: number, fastest: number, fastestSumMs: number, settings: MetricSettings): boolean {
  return rateReachesTarget(answered, requests, settings.rateTarget) && timeWithinTarget(fastestSumMs, fastest, settings.timeTargetSeconds);
}

/** Sums, ms, of the fastest response times: on best times, on every time's least and on every time's greatest value (R13). */
export interface FastestSums {
  best: number;
  least: number;
  greatest: number;
}

/**
 * R6–R8 with R13 from counts: each sum is of the `fastest` smallest response times of its kind.
 * Example: 10 requests, 9 answered, fastest 9 summing 1 620 000 ms on best times, 1 080 000 at least
 * and 9 000 000 at most → rate 0.9, time 180 s, range [120 s, 1000 s], badge on best times, uncertain.
 */
export function figuresOf(requests: number, answered: number, fastest: number, sums: FastestSums, settings: MetricSettings): Figures {
  const seconds = (sumMs: number) => sumMs / fastest / SECOND_MS;
  const rateReached = rateReachesTarget(answered, requests, settings.rateTarget);
  const timeWithin = (sumMs: number) => timeWithinTarget(sumMs, fastest, settings.timeTargetSeconds);
  return {
    responseRate: requests > 0 ? answered / requests : null,
    responseTimeSeconds: fastest > 0 ? seconds(sums.best) : null,
    responseTimeRange: fastest > 0 ? [seconds(sums.least), seconds(sums.greatest)] : null,
    badge: earnsBadge(requests, answered, fastest, sums.best, settings),
    badgeStatus: badgeStatusOf(rateReached, timeWithin(sums.least), timeWithin(sums.greatest)),
  };
}
