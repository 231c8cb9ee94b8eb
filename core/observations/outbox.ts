/**
 * What the content script sends to the background: observation batches built from what the reader
 * saw, kept until the background acknowledges them and re-sent after a failure (worker asleep or
 * restarting, a write that failed). A batch that fails `maxAttempts` times is given up, so that it
 * cannot hold back every later one; what was given up or pushed out is counted and reported. A
 * message without a better instant gets the moment it was first seen (`atQuality: 'seen'`) — the
 * same moment on every re-send and re-read.
 */
import { mergedBatch } from './batch-merge';
import type { DeliveryHealth, ObservationBatch, ReplyOf } from '@/core/messages';
import type { InboxSnapshot, MessageSnapshot, OpenThreadSnapshot, ListRowSnapshot } from '@/core/inbox/types';

export type ObserveReply = ReplyOf<'contentToBackground:observe'>;

export interface BatchSource {
  pageId: string;
  channel: InboxSnapshot['channel'];
  folder: InboxSnapshot['folder'];
  rows: ListRowSnapshot[];
  open: OpenThreadSnapshot | null;
  awayBanner: boolean | null;
  pageName?: string | null;
}

/** Remembers when each message id was first seen, so a 'seen' instant never moves. */
export class FirstSeen {
  private readonly seen = new Map<string, number>();
  stamp(message: MessageSnapshot, now: number): MessageSnapshot {
    if (message.at !== null) return message;
    const at = this.seen.get(message.id) ?? now;
    this.seen.set(message.id, at);
    return { ...message, at, atMin: at, atMax: at, atQuality: 'seen' };
  }
}

let counter = 0;
export function newBatchId(now: number): string {
  counter = (counter + 1) % 1e6;
  return `${now.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function toObservationBatch(source: BatchSource, seenAt: number, firstSeen: FirstSeen): ObservationBatch {
  const open = source.open && { ...source.open, messages: source.open.messages.map((m) => firstSeen.stamp(m, seenAt)) };
  return { batchId: newBatchId(seenAt), pageId: source.pageId, channel: source.channel, folder: source.folder, seenAt, rows: source.rows, open, awayBanner: source.awayBanner, pageName: source.pageName ?? null };
}

export interface OutboxOptions {
  send: (batch: ObservationBatch) => Promise<ObserveReply>;
  onReply: (reply: ObserveReply) => void;
  signal: AbortSignal;
  /**
   * False for a batch read on another Page than the tab shows now: the background stores a tab's
   * batches only under the tab's Page, so such a batch is dropped instead of sent again and again.
   */
  onTabsPage?: (batch: ObservationBatch) => boolean;
  /** First retry delay; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Unacknowledged batches kept at most (oldest row-only batches go first). */
  capacity?: number;
  /** Tries of one batch before it is given up (with the default delays, about half a minute). */
  maxAttempts?: number;
  /** Called whenever the delivery health changes: a write failed or succeeded again, a batch was given up. */
  onDelivery?: (delivery: DeliveryHealth) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /**
   * The least time between two sends, ms (default 0). A burst then costs a send, a reply and a
   * restate of the badges every `spacingMs`, not every frame: what arrives meanwhile is merged.
   */
  spacingMs?: number;
  clock?: () => number;
}

/** Sends batches in order, one at a time; keeps each until acknowledged; merges those waiting behind the one in flight. */
export class ObservationOutbox {
  private readonly queue: ObservationBatch[] = [];
  private sending = false;
  /** When the last send began; a flush before `spacingMs` after it waits for `spacingTimer`. */
  private lastSendAt = -Infinity;
  private spacingTimer = false;
  private retryMs: number;
  private retryTimer = false;
  /** Failed tries of the batch at the head of the queue. */
  private headFailures = 0;
  private delivery: DeliveryHealth = { storeFailure: null, droppedBatches: 0 };
  constructor(private readonly options: OutboxOptions) {
    this.retryMs = options.retryMs ?? 1000;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Whether the background could store the latest batch, and how many batches were given up. */
  get health(): DeliveryHealth {
    return this.delivery;
  }

  push(batch: ObservationBatch): void {
    // The head may be in flight or already half-sent (awaiting a retry): only batches never sent
    // are merged (batch-merge.ts), the head too while it waits for its first send.
    const headUnsent = !this.sending && this.headFailures === 0;
    const last = this.queue.length >= 2 || (this.queue.length === 1 && headUnsent) ? this.queue[this.queue.length - 1]! : null;
    const merged = last && mergedBatch(last, batch);
    if (merged) this.queue[this.queue.length - 1] = merged;
    else this.queue.push(batch);
    const capacity = this.options.capacity ?? 500;
    let dropped = 0;
    while (this.queue.length > Math.max(capacity, 1)) {
      // Never the head: it may be in flight, and its failures are counted (headFailures).
      const rowsOnly = this.queue.findIndex((b, i) => i > 0 && !b.open?.messages.length);
      this.queue.splice(rowsOnly >= 0 ? rowsOnly : 1, 1);
      dropped++;
    }
    if (dropped) this.update({ droppedBatches: this.delivery.droppedBatches + dropped });
    void this.flush();
  }

  /** Sends what is pending now (also called when the tab becomes visible again). */
  async flush(): Promise<void> {
    if (this.sending || this.options.signal.aborted) return;
    this.sending = true;
    try {
      while (this.queue.length && !this.options.signal.aborted) {
        const batch = this.queue[0]!;
        if (this.options.onTabsPage?.(batch) === false) {
          this.queue.shift();
          continue;
        }
        if (this.waitForSpacing()) return;
        this.lastSendAt = this.now();
        const reply = await this.options.send(batch);
        if (reply.acknowledged === batch.batchId && !reply.stored) this.update({ storeFailure: reply.failure ?? 'write' });
        if (reply.acknowledged !== batch.batchId || !reply.stored) throw new Error(`not stored: ${reply.failure}`);
        this.queue.shift();
        this.headFailures = 0;
        this.retryMs = this.options.retryMs ?? 1000;
        this.update({ storeFailure: null });
        this.options.onReply(reply);
      }
    } catch {
      this.headFailed();
      this.scheduleRetry();
    } finally {
      this.sending = false;
    }
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  /** True when the next send must wait (`spacingMs` after the last one); a flush is then set for that moment. */
  private waitForSpacing(): boolean {
    const wait = this.lastSendAt + (this.options.spacingMs ?? 0) - this.now();
    if (wait <= 0) return false;
    if (!this.spacingTimer) {
      this.spacingTimer = true;
      (this.options.setTimer ?? setTimeout)(() => {
        this.spacingTimer = false;
        void this.flush();
      }, wait);
    }
    return true;
  }

  /** Counts a failed try of the head; past `maxAttempts` it is given up and the next batch goes. */
  private headFailed(): void {
    if (this.options.signal.aborted || !this.queue.length) return;
    this.headFailures++;
    if (this.headFailures < (this.options.maxAttempts ?? 6)) return;
    this.queue.shift();
    this.headFailures = 0;
    this.retryMs = this.options.retryMs ?? 1000;
    this.update({ droppedBatches: this.delivery.droppedBatches + 1 });
  }

  private update(change: Partial<DeliveryHealth>): void {
    const next = { ...this.delivery, ...change };
    if (next.storeFailure === this.delivery.storeFailure && next.droppedBatches === this.delivery.droppedBatches) return;
    this.delivery = next;
    this.options.onDelivery?.(next);
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.options.signal.aborted) return;
    this.retryTimer = true;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 30_000);
    (this.options.setTimer ?? setTimeout)(() => {
      this.retryTimer = false;
      void this.flush();
    }, delay);
  }
}
