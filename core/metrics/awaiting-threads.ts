/**
 * The threads whose latest request has no person's reply (Spam aside), as dense arrays: once every
 * message is in the past, these are exactly the threads with a per-conversation state, and their
 * states at any `now` follow from two instants each, without touching the threads' messages.
 */
import { R10_MESSAGING_WINDOW_MS } from './reply-window';
import { addThreadState, conversationState, targetMsOf, waitStage } from './thread-states';
import { firstInOrder, URGENCY_GROUP } from './urgency';
import type { ThreadState } from './types';

export class AwaitingThreads {
  private ids: string[] = [];
  private requestAt: number[] = [];
  private lastCustomerAt: number[] = [];
  private readonly slots = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  set(threadId: string, requestAt: number, lastCustomerAt: number): void {
    const slot = this.slots.get(threadId) ?? this.ids.length;
    this.slots.set(threadId, slot);
    this.ids[slot] = threadId;
    this.requestAt[slot] = requestAt;
    this.lastCustomerAt[slot] = lastCustomerAt;
  }

  delete(threadId: string): void {
    const slot = this.slots.get(threadId);
    if (slot === undefined) return;
    const last = this.ids.length - 1;
    if (slot !== last) { // the last thread moves into the freed slot
      const moved = this.ids[last]!;
      this.ids[slot] = moved;
      this.requestAt[slot] = this.requestAt[last]!;
      this.lastCustomerAt[slot] = this.lastCustomerAt[last]!;
      this.slots.set(moved, slot);
    }
    this.slots.delete(threadId);
    this.ids.pop();
    this.requestAt.pop();
    this.lastCustomerAt.pop();
  }

  clear(): void {
    this.ids = [];
    this.requestAt = [];
    this.lastCustomerAt = [];
    this.slots.clear();
  }

  /** Adds the state of every thread at `now` (valid only when no message is later than `now`). */
  statesAt(now: number, timeTargetSeconds: number, into: Record<string, ThreadState>): void {
    for (let i = 0; i < this.ids.length; i++) {
      addThreadState(into, conversationState(this.ids[i]!, this.requestAt[i]!, this.deadlineOf(i), now, timeTargetSeconds));
    }
  }

  /**
   * The `limit` most urgent threads at `now` (urgency.ts's order), without a state for every thread:
   * the popup shows 20 of perhaps 10,000, and it opens on a worker whose code is rarely warm.
   * Ties keep slot order, as `mostUrgent` over `statesAt`'s threads does.
   */
  mostUrgentAt(now: number, timeTargetSeconds: number, limit: number): ThreadState[] {
    const targetMs = targetMsOf(timeTargetSeconds);
    // Each thread's group once, not once per comparison; slots are compared as byUrgency compares states.
    const groups: number[] = [];
    for (let i = 0; i < this.ids.length; i++) groups.push(URGENCY_GROUP[waitStage(this.requestAt[i]!, this.deadlineOf(i), now, targetMs)]);
    const order = (a: number, b: number) => groups[a]! - groups[b]! || this.deadlineOf(a) - this.deadlineOf(b) || this.requestAt[a]! - this.requestAt[b]!;
    return firstInOrder(this.ids.length, limit, order).map((i) => conversationState(this.ids[i]!, this.requestAt[i]!, this.deadlineOf(i), now, timeTargetSeconds));
  }

  private deadlineOf(slot: number): number {
    return this.lastCustomerAt[slot]! + R10_MESSAGING_WINDOW_MS;
  }
}
