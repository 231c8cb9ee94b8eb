/** Forgetting: history older than 90 days goes, so the store stays small and holds no more than it needs. */
import { openStore } from './connection';
import { noteBulkWrite } from './bulk-writes';
import { awayInterval } from '@/core/metrics/away';
import { chunkMessages, chunkRecord } from './thread-chunk';

export const KEEP_DAYS = 90;
/** Batch ids only guard against re-sends, which come within minutes. */
export const KEEP_BATCH_IDS_MS = 7 * 86_400_000;

export interface PruneResult { messages: number; pages: string[] }

/** Deletes what is older than `KEEP_DAYS` before `now`; returns the Pages whose messages changed. */
export async function pruneOlderThan(now: number): Promise<PruneResult> {
  const cutoff = now - KEEP_DAYS * 86_400_000;
  const db = await openStore();
  const tx = db.transaction(['threadMessages', 'threads', 'away', 'batches', 'notifications', 'history'], 'readwrite');
  noteBulkWrite();
  const pages = new Set<string>();
  const emptied: string[] = [];
  let messages = 0;
  // The chunks whose earliest message is older than the cutoff: each keeps its younger messages, or goes.
  for (let cursor = await tx.objectStore('threadMessages').index('byFirstAt').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
    const chunk = cursor.value;
    const kept = chunkMessages(chunk).filter((m) => m.at >= cutoff);
    pages.add(chunk.pageId);
    messages += chunk.messages.length - kept.length;
    const younger = chunkRecord(chunk.pageId, chunk.threadKey, kept);
    if (younger) await cursor.update(younger);
    else {
      await cursor.delete();
      emptied.push(chunk.key);
    }
  }
  // A thread with nothing left that has not been seen for as long is forgotten too.
  for (const key of emptied) {
    const thread = await tx.objectStore('threads').get(key);
    if (thread && thread.lastSeenAt < cutoff) await tx.objectStore('threads').delete(key);
  }
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
