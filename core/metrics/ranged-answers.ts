/**
 * R13 — what would settle a time range: the window's answered requests whose response time is
 * known only within a range because the page shows no time for the request or its reply, and the
 * conversations where opening narrows it. Only a thread's latest message can be pinned by opening
 * (the list row's time is its instant); a time inside a divider's run stays bounded however often
 * the conversation is opened.
 */
import { greatestResponseMs, leastResponseMs, timeNotShown } from './bounded-times';
import { answeredBy, type RequestRecord } from './requests';
import { windowRequestsOf } from './window';

export interface RangedAnswers {
  /** Answered requests in the window with a request or reply whose time the page does not show. */
  count: number;
  /** The threads of those whose unshown time is the thread's latest message, widest range first. */
  pinnableThreadIds: string[];
}

/**
 * R13 over the window (R5) at `now`. A message right after its divider is known to the minute, as
 * precisely as the page shows any time: that alone does not make an answer ranged.
 * Example: two replies inside their question's divider run, one of them its thread's latest
 * message → count 2, pinnable: that one's thread.
 */
export function rangedAnswersOf(records: readonly RequestRecord[], now: number, windowDays: number): RangedAnswers {
  const pinnable: Array<{ threadId: string; widthMs: number }> = [];
  let count = 0;
  for (const record of windowRequestsOf(records, now, windowDays)) {
    if (!answeredBy(record, now)) continue;
    if (!timeNotShown(record.atMin, record.atMax) && !timeNotShown(record.firstReplyAtMin!, record.firstReplyAtMax!)) continue;
    count++;
    const widthMs = greatestResponseMs(record.atMin, record.firstReplyAtMax!) - leastResponseMs(record.atMax, record.firstReplyAtMin!);
    if (record.latestTimeNotShown) pinnable.push({ threadId: record.threadId, widthMs });
  }
  pinnable.sort((a, b) => b.widthMs - a.widthMs || (a.threadId < b.threadId ? -1 : 1));
  return { count, pinnableThreadIds: pinnable.map((p) => p.threadId) };
}
