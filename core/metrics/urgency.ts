/**
 * Which waiting conversations to show first. Most urgent first: late, then soon, then the rest,
 * each group by reply deadline (the customer who can be lost first comes first). Expired threads
 * (the 24-hour window has closed, no ordinary reply is possible) go last: nothing done now changes them.
 */
import type { WaitStage } from './thread-states';
import type { ThreadState, ThreadStateWord } from './types';

type Ordered = Pick<ThreadState, 'states' | 'replyDeadline' | 'requestAt'>;

export function byUrgency(a: Ordered, b: Ordered): number {
  return urgencyGroup(a.states) - urgencyGroup(b.states) || a.replyDeadline - b.replyDeadline || a.requestAt - b.requestAt;
}

/** Late first, then soon, then the rest; expired last. */
export const URGENCY_GROUP: Readonly<Record<WaitStage, number>> = { late: 0, soon: 1, ok: 2, expired: 3 };

function urgencyGroup(states: readonly ThreadStateWord[]): number {
  if (states.includes('expired')) return URGENCY_GROUP.expired;
  if (states.includes('late')) return URGENCY_GROUP.late;
  if (states.includes('soon')) return URGENCY_GROUP.soon;
  return URGENCY_GROUP.ok;
}

/**
 * The `limit` first of the indices 0…count−1 in `compare`'s order, without sorting them all: a Page
 * may have thousands waiting and only the top few are shown (a bounded insertion keeps this
 * O(n · limit) with tiny constants instead of O(n log n) allocations). Ties keep index order.
 * Indices and a plain loop: it runs in a worker whose code is seldom warm, where an iterator or a
 * callback per item is slow enough to delay the popup (see the popup bench).
 */
export function firstInOrder(count: number, limit: number, compare: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (limit <= 0) return top;
  for (let item = 0; item < count; item++) {
    if (top.length === limit && compare(item, top[top.length - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The `limit` most urgent threads, most urgent first. */
export function mostUrgent<T extends Ordered>(threads: readonly T[], limit: number): T[] {
  return firstInOrder(threads.length, limit, (a, b) => byUrgency(threads[a]!, threads[b]!)).map((i) => threads[i]!);
}
