/** Cached daily figures per Page (the 30-day chart). A day's point is dropped when older messages arrive (see ingest). */
import { openStore } from './connection';
import type { HistoryRecord, WritableStore } from './schema';

export async function listHistory(pageId: string, fromDay: number): Promise<HistoryRecord[]> {
  const points = await (await openStore()).getAllFromIndex('history', 'byPage', pageId);
  return points.filter((p) => p.day >= fromDay).sort((a, b) => a.day - b.day);
}

export async function saveHistory(points: readonly HistoryRecord[]): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('history', 'readwrite');
  for (const point of points) await tx.store.put(point);
  await tx.done;
}

/**
 * Drops cached points of days that end after `since` (a message at or after it changed), within the
 * caller's transaction: one delete over the key range, which the caller need not await (a read of
 * the points first cost every ingest a round trip).
 */
export function dropHistorySince(history: WritableStore<'history'>, pageId: string, since: number): Promise<void> {
  // A local day lasts at most 25 hours (daylight-saving change); 26 leaves a margin for any zone.
  return history.delete(IDBKeyRange.bound([pageId, since - 26 * 3_600_000], [pageId, Infinity], true, false));
}
