import { beforeEach, describe, expect, it } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { openStore } from '@/core/store/connection';
import { DB_NAME, DB_VERSION, ALL_STORES } from '@/core/store/schema';
import { ingestBatch } from '@/core/store/ingest';
import { loadPageThreads } from '@/core/store/pages';
import { createV1Database, V1_RECORDS } from './v1-fixture';
import { batch, freshStore, message } from './fresh-store';

beforeEach(freshStore);

describe('schema migrations', () => {
  it('opens a v1 database with the current code and keeps every record', async () => {
    await createV1Database(indexedDB, DB_NAME);
    const db = await openStore();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    for (const store of Object.keys(V1_RECORDS) as Array<keyof typeof V1_RECORDS>) {
      const sortKey = (r: object) => JSON.stringify(r);
      expect((await db.getAll(store)).map(sortKey).sort()).toEqual(V1_RECORDS[store].map(sortKey).sort());
    }
  });

  it('keeps ingesting on top of a v1 database: the provisional row is merged and superseded', async () => {
    await createV1Database(indexedDB, DB_NAME);
    await ingestBatch(batch({ rows: [{ key: 'title:ola', title: 'Ola', lastActivityAt: 1_790_000_100_000, lastFromPage: false, unread: true }], open: { threadId: '2', title: 'Ola', messages: [message('mid.$o1', 'customer', 1_790_000_090_000)] } }));
    const threads = await loadPageThreads('111');
    const ola = threads.find((t) => t.thread.threadKey === '2')!;
    expect(ola.messages.map((m) => [m.messageId, m.provisional])).toEqual([['mid.$o1', false]]);
    expect(threads.some((t) => t.thread.threadKey === 'row:title:ola')).toBe(false);
  });

  it('reopens the connection after the browser closed it', async () => {
    const first = await openStore();
    forceCloseDatabase(unwrap(first) as never); // the browser's "close" event: idb calls `terminated`
    const second = await openStore();
    expect(second).not.toBe(first);
    expect(await second.count('messages')).toBe(0);
  });
});
