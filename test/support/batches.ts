/** Observation batches as the content script sends them, built with as little as each test needs. */
import type { ObservationBatch } from '@/core/messages';
import type { ListRowSnapshot, MessageSnapshot } from '@/core/inbox/types';

export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
export const MIN = 60_000;

let batchCounter = 0;
export function batch(patch: Partial<ObservationBatch> = {}): ObservationBatch {
  batchCounter += 1;
  return { batchId: `b${batchCounter}`, pageId: '111', channel: 'messenger', folder: 'inbox', seenAt: T0, rows: [], open: null, awayBanner: null, ...patch };
}

export function message(id: string, from: 'customer' | 'page', at: number | null, patch: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return { id, from, automated: false, author: null, at, atMin: at, atMax: at, atQuality: at === null ? null : 'utime', ...patch };
}

export function row(key: string, lastActivityAt: number | null, lastFromPage: boolean | null, title = key): ListRowSnapshot {
  return { key, title, lastActivityAt, lastFromPage, unread: false };
}
