/**
 * What the content script sends to the background: observation batches built from what the reader
 * saw, kept until the background acknowledges them and re-sent after a failure (worker asleep or
 * restarting, extension reloaded). A message without a better instant gets the moment it was
 * first seen (`atQuality: 'seen'`) — the same moment on every re-send and re-read.
 */
import { mergedBatch } from './batch-merge';
import type { ObservationBatch, ReplyOf } from '@/core/messages';
import type { InboxSnapshot, MessageSnapshot, OpenThreadSnapshot, ListRowSnapshot } from './types';

export type ObserveReply = ReplyOf<'contentToBackground:observe'>;

export interface BatchSource {
  pageId: string;
  channel: InboxSnapshot['channel'];
  folder: InboxSnapshot['folder'];
  rows: ListRowSnapshot[];
  open: OpenThreadSnapshot | null;
  awayBanner: boolean | null;
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
  return { batchId: newBatchId(seenAt), pageId: source.pageId, channel: source.channel, folder: source.folder, seenAt, rows: source.rows, open, awayBanner: source.awayBanner };
}

export interface OutboxOptions {
  send: (batch: ObservationBatch) => Promise<ObserveReply>;
  onReply: (reply: ObserveReply) => void;
  signal: AbortSignal;
  /** First retry delay; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Unacknowledged batches kept at most (oldest row-only batches go first). */
  capacity?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

/** Sends batches in order, one at a time; keeps each until acknowledged; merges those waiting behind the one in flight. */
export class ObservationOutbox {
  private readonly queue: ObservationBatch[] = [];
  private sending = false;
  private retryMs: number;
  private retryTimer = false;
  constructor(private readonly options: OutboxOptions) {
    this.retryMs = options.retryMs ?? 1000;
  }

  get pending(): number {
    return this.queue.length;
  }

  push(batch: ObservationBatch): void {
    // The head may be in flight or already half-sent (awaiting a retry): only batches behind it,
    // never sent, are merged (batch-merge.ts).
    const last = this.queue.length >= 2 ? this.queue[this.queue.length - 1]! : null;
    const merged = last && mergedBatch(last, batch);
    if (merged) this.queue[this.queue.length - 1] = merged;
    else this.queue.push(batch);
    const capacity = this.options.capacity ?? 500;
    while (this.queue.length > capacity) {
      const rowsOnly = this.queue.findIndex((b) => !b.open?.messages.length);
      this.queue.splice(rowsOnly >= 0 ? rowsOnly : 0, 1);
    }
    void this.flush();
  }

  /** Sends what is pending now (also called when the tab becomes visible again). */
  async flush(): Promise<void> {
    if (this.sending || this.options.signal.aborted) return;
    this.sending = true;
    try {
      while (this.queue.length && !this.options.signal.aborted) {
        const batch = this.queue[0]!;
        const reply = await this.options.send(batch);
        if (reply.acknowledged !== batch.batchId || !reply.stored) throw new Error(reply.error ?? 'not stored');
        this.queue.shift();
        this.retryMs = this.options.retryMs ?? 1000;
        this.options.onReply(reply);
      }
    } catch {
      this.scheduleRetry();
    } finally {
      this.sending = false;
    }
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
