/** Cached daily figures per Page (the 30-day chart). A day's point is dropped when older messages arrive (see ingest). */
import { openStore } from './connection';
import type { HistoryRecord } from './schema';

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
