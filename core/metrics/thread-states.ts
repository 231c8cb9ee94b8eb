/**
 * Per conversation (the inline badge): for each thread whose latest request has had no page message
 * from a person at all by `now` — Spam aside, excluded requests included — how long the customer
 * has waited, when that turns late, and when the reply window closes.
 */
import { HOUR_MS, SECOND_MS } from './durations';
import { repliedBy, type RequestRecord } from './requests';
import { replyDeadline } from './reply-window';
import type { ThreadState, ThreadStateWord } from './types';

/** `closing` while less than this remains before the reply deadline. */
export const CONVERSATION_CLOSING_MS = 2 * HOUR_MS;
/** `soon` from this share of the time target on (numerator / denominator: one half). */
export const CONVERSATION_SOON_NUMERATOR = 1;
export const CONVERSATION_SOON_DENOMINATOR = 2;

/** The latest request of a thread that exists at `now`, from its requests in thread order; null when none. */
export function latestRequestAt(records: readonly RequestRecord[], now: number): RequestRecord | null {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]!.at <= now) return records[i]!;
  return null;
}

/**
 * The state of a thread at `now`, or null when it awaits no answer (its latest request was replied
 * to, or it has none). Callers leave out Spam threads.
 * Example: request 08:00, now 08:10, target 15 min → waiting 600 s, late at 08:15, states ["soon"].
 */
export function threadStateAt(threadId: string, records: readonly RequestRecord[], now: number, timeTargetSeconds: number): ThreadState | null {
  const latest = latestRequestAt(records, now);
  if (latest === null || repliedBy(latest, now)) return null;
  const waitingMs = now - latest.at;
  const targetMs = Math.round(timeTargetSeconds * SECOND_MS);
  const deadline = replyDeadline(latest, now);
  let states: ThreadStateWord[];
  if (now >= deadline) states = ['expired'];
  else {
    if (waitingMs >= targetMs) states = ['late'];
    else if (waitingMs * CONVERSATION_SOON_DENOMINATOR >= targetMs * CONVERSATION_SOON_NUMERATOR) states = ['soon'];
    else states = ['ok'];
    if (deadline - now < CONVERSATION_CLOSING_MS) states.push('closing');
  }
  return {
    threadId, requestAt: latest.at, waitingSeconds: waitingMs / SECOND_MS,
    lateAt: latest.at + targetMs, replyDeadline: deadline, states,
  };
}
