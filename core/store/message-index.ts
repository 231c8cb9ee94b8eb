/**
 * Which thread holds each stored message of one Page, in memory: what ingest would otherwise ask
 * the `byMessage` index for, one request per key (or per run of sorted keys), for every message of
 * a batch not in the open thread's own chunk. *Why:* with real Messenger ids, which do not sort
 * together, those lookups were most of a long transcript's ingest.
 *
 * It is only as good as its upkeep, so the store keeps it itself: `loadPage` builds a Page's index
 * from every chunk, ingest replaces the keys of each chunk it writes, and `epoch` (the bulk-write
 * count, bulk-writes.ts, when it was read) makes any other write of chunks (import, prune, delete)
 * drop it: `pageIndex` answers only while no bulk write has begun since.
 */
import { bulkWriteCount } from './bulk-writes';
import { compareKeys, type ThreadKey } from './schema';

const indexes = new Map<string, MessageIndex>();

/** The Page's index, or undefined when none was read since the last bulk write (the store answers then). */
export function pageIndex(pageId: string): MessageIndex | undefined {
  const index = indexes.get(pageId);
  if (index && index.epoch === bulkWriteCount()) return index;
  indexes.delete(pageId);
  return undefined;
}

/** Keeps the index `loadPage` built from every chunk of the Page. */
export function keepPageIndex(pageId: string, index: MessageIndex): void {
  indexes.set(pageId, index);
}

/** Drops every index (the connection closed: the next one may be another database). */
export function forgetPageIndexes(): void {
  indexes.clear();
}

/** A chunk as far as the index needs it: its thread and its message keys. */
export interface ChunkKeys { threadKey: ThreadKey; ids: readonly string[] }

export class MessageIndex {
  private readonly holders = new Map<string, ThreadKey>();
  private readonly keysOf = new Map<ThreadKey, readonly string[]>();

  constructor(readonly epoch: number, chunks: Iterable<ChunkKeys> = []) {
    for (const chunk of chunks) this.setThread(chunk.threadKey, chunk.ids);
  }

  /** The thread whose chunk holds `key`, or undefined when no chunk of the Page does. */
  threadOf(key: string): ThreadKey | undefined {
    return this.holders.get(key);
  }

  /** The thread's chunk now holds exactly `keys` (none: it has no chunk). */
  setThread(threadKey: ThreadKey, keys: readonly string[]): void {
    this.removeThread(threadKey);
    if (keys.length === 0) return;
    this.keysOf.set(threadKey, keys);
    for (const key of keys) this.holders.set(key, threadKey);
  }

  /**
   * The thread has no chunk any more. A key already filed under another thread stays there: when a
   * message moved, the order in which its two threads are updated does not matter.
   */
  removeThread(threadKey: ThreadKey): void {
    for (const key of this.keysOf.get(threadKey) ?? []) {
      if (this.holders.get(key) === threadKey) this.holders.delete(key);
    }
    this.keysOf.delete(threadKey);
  }

  /** Every key and its thread, sorted by key (tests compare an index with one rebuilt from the store). */
  entries(): [string, ThreadKey][] {
    return [...this.holders].sort(([a], [b]) => compareKeys(a, b));
  }
}
