/** A fresh, empty IndexedDB for each test: close the cached connection and swap the factory. */
import { IDBFactory } from 'fake-indexeddb';
import { closeStore } from '@/core/store/connection';
import { readEverything } from '@/core/store/backup';
import type { MessageRecord } from '@/core/store/schema';

export async function freshStore(): Promise<void> {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
}

/** Every stored message of a Page (of all Pages when none is given), in time order: what the store holds, whatever its layout. */
export async function storedMessages(pageId?: string): Promise<MessageRecord[]> {
  const { messages } = await readEverything();
  return messages.filter((m) => pageId === undefined || m.pageId === pageId).sort((a, b) => a.at - b.at);
}
