/**
 * R13 — bounded times. A message's instant may be known only within [atMin, atMax] around its best
 * time `at`; requests, answers and the window are decided on best times, and each response time
 * gets bounds, so the response-time figure becomes a range.
 */
import { MINUTE_MS } from './durations';
import type { BadgeStatus, MessageInput } from './types';

/**
 * R13: a divider names a minute, so the first message after it lies within that minute: bounds at
 * most this wide. Wider bounds mean the page shows no time for the message at all.
 */
export const R13_DIVIDER_SPAN_MS = MINUTE_MS - 1;

/** R13: the page shows no time for a message bounded by [atMin, atMax], not even a divider's minute. */
export function timeNotShown(atMin: number, atMax: number): boolean {
  return atMax - atMin > R13_DIVIDER_SPAN_MS;
}

/** R13: the earliest instant the message may have been sent (never after its best time). */
export function earliestAt(message: MessageInput): number {
  return Math.min(message.atMin ?? message.at, message.at);
}

/** R13: the latest instant the message may have been sent (never before its best time). */
export function latestAt(message: MessageInput): number {
  return Math.max(message.atMax ?? message.at, message.at);
}

/** R13: the least response time, ms, of an answer whose earliest instant is `replyAtMin` (never negative). */
export function leastResponseMs(requestAtMax: number, replyAtMin: number): number {
  return Math.max(0, replyAtMin - requestAtMax);
}

/** R13: the greatest response time, ms, of an answer whose latest instant is `replyAtMax`. */
export function greatestResponseMs(requestAtMin: number, replyAtMax: number): number {
  return replyAtMax - requestAtMin;
}

/**
 * R8 with R13: the rate decides as on best times; the time is within target for sure only when its
 * greatest value is, and surely not when even its least value is not.
 * Example: rate reached, time range [192 s, 1092 s], target 900 s → `uncertain`.
 */
export function badgeStatusOf(rateReached: boolean, leastTimeWithin: boolean, greatestTimeWithin: boolean): BadgeStatus {
  if (!rateReached || !leastTimeWithin) return 'not-earned';
  return greatestTimeWithin ? 'earned' : 'uncertain';
}
