/**
 * Forgetting: history older than 90 days goes (counted back from the newest message when the clock
 * runs ahead of it), so the store stays small and holds no more than it needs.
 */
import { openStore } from './connection';
import { noteBulkWrite } from './bulk-writes';
import { awayInterval } from '@/core/metrics';
import { chunkMessages, chunkRecord } from './thread-chunk';
import type { ThreadRecord, WritableStore } from './schema';

export const KEEP_DAYS = 90;
/** Batch ids only guard against re-sends, which come within minutes. */
export const KEEP_BATCH_IDS_MS = 7 * 86_400_000;

export interface PruneResult { messages: number; pages: string[] }

/**
 * What is older than this goes: `KEEP_DAYS` before `now`, or before the newest message when that is
 * earlier, so a clock set far ahead does not make every message look old.
 * @example retentionCutoff(Date.UTC(2030, 0, 1), Date.UTC(2026, 0, 1)) // 90 days before 1 Jan 2026
 */
export function retentionCutoff(now: number, newestMessageAt: number | null): number {
  return Math.min(now, newestMessageAt ?? now) - KEEP_DAYS * 86_400_000;
}

/** Deletes what is older than `retentionCutoff`; returns the Pages whose messages or threads changed. */
export async function pruneOlderThan(now: number): Promise<PruneResult> {
  const db = await openStore();
  const tx = db.transaction(['threadMessages', 'threads', 'away', 'batches', 'notifications', 'history'], 'readwrite');
  noteBulkWrite();
  const cutoff = retentionCutoff(now, await newestMessageAt(tx.objectStore('threadMessages')));
  const pages = new Set<string>();
  let messages = 0;
  // The chunks whose earliest message is older than the cutoff: each keeps its younger messages, or goes.
  for (let cursor = await tx.objectStore('threadMessages').index('byFirstAt').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
    const chunk = cursor.value;
    const kept = chunkMessages(chunk).filter((m) => m.at >= cutoff);
    pages.add(chunk.pageId);
    messages += chunk.messages.length - kept.length;
    const younger = chunkRecord(chunk.pageId, chunk.threadKey, kept);
    if (younger) await cursor.update(younger);
    else await cursor.delete();
  }
  for (const thread of await forgetIdleThreads(tx.objectStore('threads'), tx.objectStore('threadMessages'), cutoff)) pages.add(thread.pageId);
  for (let cursor = await tx.objectStore('away').openCursor(); cursor; cursor = await cursor.continue()) {
    const [, end] = awayInterval(cursor.value);
    if (end < cutoff) await cursor.delete();
  }
  for (let cursor = await tx.objectStore('batches').index('byAt').openCursor(IDBKeyRange.upperBound(now - KEEP_BATCH_IDS_MS, true)); cursor; cursor = await cursor.continue()) await cursor.delete();
  for (let cursor = await tx.objectStore('notifications').index('byAt').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) await cursor.delete();
  for (let cursor = await tx.objectStore('history').openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.day < cutoff) await cursor.delete();
  }
  await tx.done;
  return { messages, pages: [...pages] };
}

const CHUNKS_PER_READ = 500;

/**
 * The instant of the newest stored message, or null when there is none. *Why a scan:* no index
 * holds a chunk's last instant; reading every chunk once a day (a worker start reads a whole Page
 * too) costs less than a schema version. Read in slices, so memory stays bounded.
 */
async function newestMessageAt(chunks: WritableStore<'threadMessages'>): Promise<number | null> {
  let newest: number | null = null;
  let after: IDBKeyRange | null = null;
  for (;;) {
    const slice = await chunks.getAll(after, CHUNKS_PER_READ);
    // A chunk's messages are in time order: its last one is its newest.
    for (const chunk of slice) newest = Math.max(newest ?? -Infinity, chunk.messages[chunk.messages.length - 1]!.at);
    if (slice.length < CHUNKS_PER_READ) return newest;
    after = IDBKeyRange.lowerBound(slice[slice.length - 1]!.key, true);
  }
}

/**
 * Deletes the threads with no message left and not seen since `cutoff` (also those only ever seen
 * in the list, or whose messages went while they were still seen): a customer's name is history
 * too. Returns them.
 */
async function forgetIdleThreads(threads: WritableStore<'threads'>, chunks: WritableStore<'threadMessages'>, cutoff: number): Promise<ThreadRecord[]> {
  const [records, withMessages] = await Promise.all([threads.getAll(), chunks.getAllKeys()]);
  const held = new Set(withMessages);
  const idle = records.filter((thread) => thread.lastSeenAt < cutoff && !held.has(thread.key));
  await Promise.all(idle.map((thread) => threads.delete(thread.key)));
  return idle;
}
