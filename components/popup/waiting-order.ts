import type { ThreadStateWord } from '@/core/metrics/types';
import type { WaitingThread } from '@/core/messages';

/**
 * Most urgent first: late, then soon, then the rest, each group by reply deadline (the customer
 * who can be lost first comes first). Expired threads (the 24-hour window has closed, no ordinary
 * reply is possible) go last: nothing done now changes them.
 */
export function byUrgency(a: WaitingThread, b: WaitingThread): number {
  return urgencyGroup(a.states) - urgencyGroup(b.states) || a.replyDeadline - b.replyDeadline || a.requestAt - b.requestAt;
}

function urgencyGroup(states: readonly ThreadStateWord[]): number {
  if (states.includes('expired')) return 3;
  if (states.includes('late')) return 0;
  if (states.includes('soon')) return 1;
  return 2;
}

/**
 * The `limit` most urgent threads without sorting them all: the popup must open fast with
 * thousands of stored conversations, and it shows only the top few (a bounded insertion keeps
 * this O(n · limit) with tiny constants instead of O(n log n) allocations).
 */
export function mostUrgent(threads: readonly WaitingThread[], limit: number): WaitingThread[] {
  const top: WaitingThread[] = [];
  for (const thread of threads) {
    if (top.length === limit && byUrgency(thread, top[top.length - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && byUrgency(thread, top[i - 1]!) < 0) i--;
    top.splice(i, 0, thread);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The word shown beside a thread's colour: its most pressing state. */
export function stateWordOf(states: readonly ThreadStateWord[]): ThreadStateWord {
  for (const word of ['expired', 'closing', 'late', 'soon'] as const) if (states.includes(word)) return word;
  return 'ok';
}
