/**
 * Per conversation (the inline badge): for each thread whose latest request has had no page message
 * from a person at all by `now` (not even a late one) — Spam aside, excluded requests included — how
 * long the customer has waited, when that turns late, and when the reply window closes (R10).
 */
import { HOUR_MS, SECOND_MS } from './durations';
import { analyseThread } from './requests';
import { replyDeadline } from './reply-window';
import type { ThreadInput, ThreadState, ThreadStateWord } from './types';

/** `closing` while less than this remains before the reply deadline. */
export const CONVERSATION_CLOSING_MS = 2 * HOUR_MS;
/** `soon` from this share of the time target on (numerator / denominator: one half). */
export const CONVERSATION_SOON_NUMERATOR = 1;
export const CONVERSATION_SOON_DENOMINATOR = 2;

/**
 * The state of a thread at `now`, or null when it awaits no answer (its latest request was replied
 * to, or it has none) or is in Spam. Only the messages sent by `now` are read.
 * Example: request 08:00, now 08:10, target 15 min → waiting 600 s, late at 08:15, states ["soon"].
 */
export function threadStateAt(thread: ThreadInput, now: number, timeTargetSeconds: number): ThreadState | null {
  if (thread.folder === 'spam') return null;
  const sent = thread.messages.every((m) => m.at <= now) ? thread : { ...thread, messages: thread.messages.filter((m) => m.at <= now) };
  const records = analyseThread(sent, () => false);
  const latest = records[records.length - 1];
  if (latest === undefined || latest.firstReplyAt !== null) return null;
  return conversationState(thread.id, latest.at, replyDeadline(latest), now, timeTargetSeconds);
}

/** The first state word of a wait at `now`: past the reply deadline, past the time target, past half of it, or none of these. */
export type WaitStage = 'expired' | 'late' | 'soon' | 'ok';

export function waitStage(requestAt: number, deadline: number, now: number, targetMs: number): WaitStage {
  const waitingMs = now - requestAt;
  if (now >= deadline) return 'expired';
  if (waitingMs >= targetMs) return 'late';
  if (waitingMs * CONVERSATION_SOON_DENOMINATOR >= targetMs * CONVERSATION_SOON_NUMERATOR) return 'soon';
  return 'ok';
}

/** A wait's stage at `now`, and whether its reply window is closing (never once expired). */
export function waitStagesAt(requestAt: number, deadline: number, now: number, targetMs: number): { stage: WaitStage; closing: boolean } {
  const stage = waitStage(requestAt, deadline, now, targetMs);
  return { stage, closing: stage !== 'expired' && deadline - now < CONVERSATION_CLOSING_MS };
}

/** The state shown for a conversation (its colour and word): its most pressing one. */
export function mostPressingState(states: readonly ThreadStateWord[]): ThreadStateWord {
  for (const word of ['expired', 'closing', 'late', 'soon'] as const) if (states.includes(word)) return word;
  return 'ok';
}

/** The time target in whole milliseconds, as the state words compare it. */
export const targetMsOf = (timeTargetSeconds: number): number => Math.round(timeTargetSeconds * SECOND_MS);

/** The state words and instants of a conversation awaiting an answer since `requestAt`. */
export function conversationState(threadId: string, requestAt: number, deadline: number, now: number, timeTargetSeconds: number): ThreadState {
  const targetMs = targetMsOf(timeTargetSeconds);
  const { stage, closing } = waitStagesAt(requestAt, deadline, now, targetMs);
  const states: ThreadStateWord[] = closing ? [stage, 'closing'] : [stage];
  return { threadId, requestAt, waitingSeconds: (now - requestAt) / SECOND_MS, lateAt: requestAt + targetMs, replyDeadline: deadline, states };
}

/** Puts a state under its thread id; an id such as "__proto__" stays an ordinary key. */
export function addThreadState(into: Record<string, ThreadState>, state: ThreadState): void {
  if (state.threadId === '__proto__') Object.defineProperty(into, state.threadId, { value: state, enumerable: true, writable: true, configurable: true });
  else into[state.threadId] = state;
}
