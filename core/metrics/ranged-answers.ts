/**
 * R13 — what would settle a time range: the window's answered requests whose response time is
 * known only within bounds, and the conversations where opening can narrow it. Only a thread's
 * latest message can be pinned by opening (the list row's time is its instant); a time inside a
 * divider's run stays bounded however often the conversation is opened.
 */
import { greatestResponseMs, leastResponseMs } from './bounded-times';
import { answeredBy, type RequestRecord } from './requests';
import { windowRequestsOf } from './window';

export interface RangedAnswers {
  /** Answered requests in the window whose response time has differing bounds. */
  count: number;
  /** The threads of those whose bound comes from the thread's latest message, widest range first. */
  pinnableThreadIds: string[];
}

/**
 * R13 over the window (R5) at `now`.
 * Example: two replies under their question's divider, one of them its thread's latest message and
 * known only within its run → count 2, pinnable: that one's thread.
 */
export function rangedAnswersOf(records: readonly RequestRecord[], now: number, windowDays: number): RangedAnswers {
  const pinnable: Array<{ threadId: string; widthMs: number }> = [];
  let count = 0;
  for (const record of windowRequestsOf(records, now, windowDays)) {
    if (!answeredBy(record, now)) continue;
    const widthMs = greatestResponseMs(record.atMin, record.firstReplyAtMax!) - leastResponseMs(record.atMax, record.firstReplyAtMin!);
    if (widthMs <= 0) continue;
    count++;
    if (record.latestMessageBounded) pinnable.push({ threadId: record.threadId, widthMs });
  }
  pinnable.sort((a, b) => b.widthMs - a.widthMs || (a.threadId < b.threadId ? -1 : 1));
  return { count, pinnableThreadIds: pinnable.map((p) => p.threadId) };
}
