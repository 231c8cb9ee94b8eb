/** What the extension's worker has stored, read from its IndexedDB in the browser (no test hook in the build). */
import type { Worker } from 'playwright-core';

export interface StoredMessage { key: string; pageId: string; threadKey: string; messageId: string | null; at: number; from: string; provisional: boolean }

/** Every message in the extension's database (core/store/schema.ts: 'replyclock' / 'threadMessages', one record per thread holding its messages). */
export async function storedMessages(worker: Worker): Promise<StoredMessage[]> {
  return worker.evaluate(() => new Promise<StoredMessage[]>((resolve, reject) => {
    const open = indexedDB.open('replyclock');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('threadMessages').objectStore('threadMessages').getAll();
      type Chunk = { pageId: string; threadKey: string; messages: Omit<StoredMessage, 'pageId' | 'threadKey'>[] };
      all.onsuccess = () => { resolve((all.result as Chunk[]).flatMap((c) => c.messages.map((m) => ({ ...m, pageId: c.pageId, threadKey: c.threadKey })))); db.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}
