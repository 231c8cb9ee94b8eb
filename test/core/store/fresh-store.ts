/** A fresh, empty IndexedDB for each test: close the cached connection and swap the factory. */
import { IDBFactory } from 'fake-indexeddb';
import { closeStore } from '@/core/store/connection';
import { readEverything } from '@/core/store/backup';
import type { MessageRecord } from '@/core/store/schema';
import type { ObservationBatch } from '@/core/messages';
import type { ListRowSnapshot, MessageSnapshot } from '@/core/inbox/types';

export async function freshStore(): Promise<void> {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
}

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

/** Every stored message of a Page (of all Pages when none is given), in time order: what the store holds, whatever its layout. */
export async function storedMessages(pageId?: string): Promise<MessageRecord[]> {
  const { messages } = await readEverything();
  return messages.filter((m) => pageId === undefined || m.pageId === pageId).sort((a, b) => a.at - b.at);
}
