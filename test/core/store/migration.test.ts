import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { closeStore, openStore } from '@/core/store/connection';
import { DB_NAME, DB_VERSION, ALL_STORES } from '@/core/store/schema';
import { ingestBatch } from '@/core/store/ingest';
import { loadPageThreads } from '@/core/store/pages';
import { createV1Database, V1_RECORDS } from '../../support/v1-store';
import { freshStore, storedMessages } from '../../support/fresh-store';
import { batch, message } from '../../support/batches';
import { diskFull } from '../../support/disk-full';

beforeEach(freshStore);
afterEach(() => vi.restoreAllMocks());

const asText = (records: readonly object[]) => records.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

/** The version and message keys of the raw database `name`, opened without upgrading it. */
function rawDatabase(name: string): Promise<{ version: number; messageKeys: IDBValidKey[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const keys = db.transaction('messages').objectStore('messages').getAllKeys();
      keys.onsuccess = () => { resolve({ version: db.version, messageKeys: keys.result }); db.close(); };
      keys.onerror = () => reject(keys.error);
    };
  });
}

describe('schema migrations', () => {
  it('opens a v1 database with the current code and keeps every record of the stores that did not change', async () => {
    await createV1Database(indexedDB, DB_NAME);
    const db = await openStore();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    for (const store of ['threads', 'pages', 'away', 'templates', 'batches', 'notifications', 'history', 'meta'] as const) {
      expect(asText(await db.getAll(store))).toEqual(asText(V1_RECORDS[store]));
    }
  });

  it('v1 → v2: every message moves into its thread\'s chunk, nothing lost, nothing doubled, and the old store goes', async () => {
    await createV1Database(indexedDB, DB_NAME);
    const db = await openStore();
    expect(db.objectStoreNames.contains('messages' as never)).toBe(false);
    expect(asText(await storedMessages())).toEqual(asText(V1_RECORDS.messages));
    const chunks = await db.getAll('threadMessages');
    expect(chunks.map((c) => [c.threadKey, c.ids])).toEqual([
      ['100000000000001', ['111|mid.$c1', '111|mid.$p1']],
      ['row:title:ola', ['111|row|title:ola|customer|1790000100000']],
    ]);
    // The loaders see the moved messages under their threads, as the background's figures read them.
    const threads = await loadPageThreads('111');
    expect(threads.map((t) => [t.thread.threadKey, t.messages.map((m) => m.key)])).toEqual(chunks.map((c) => [c.threadKey, c.ids]));
  });

  it('v2 → v3 (R13): a time that came from a divider becomes bounded by that divider\'s minute; exact times stay exact', async () => {
    const divider = { ...V1_RECORDS.messages[1], key: '111|mid.$p2', messageId: 'mid.$p2', at: 1_790_000_400_000, atQuality: 'divider' };
    await createV1Database(indexedDB, DB_NAME, { messages: [...V1_RECORDS.messages, divider] });
    await openStore();
    const stored = Object.fromEntries((await storedMessages()).map((m) => [m.messageId, m]));
    expect([stored['mid.$p2']?.atMin, stored['mid.$p2']?.atMax]).toEqual([1_790_000_400_000, 1_790_000_459_999]);
    expect([stored['mid.$c1']?.atMin, stored['mid.$c1']?.atMax]).toEqual([undefined, undefined]);
  });

  it('a v1 → v2 upgrade that fails half-way (disk full) leaves the v1 database as it was', async () => {
    await createV1Database(indexedDB, DB_NAME);
    diskFull('threadMessages');
    await expect(openStore()).rejects.toThrow();
    vi.restoreAllMocks();
    await closeStore();
    const raw = await rawDatabase(DB_NAME);
    expect(raw.version).toBe(1);
    expect([...raw.messageKeys].sort()).toEqual(V1_RECORDS.messages.map((m) => m.key).sort());
    // Once there is room again, the upgrade runs in full.
    expect(asText(await storedMessages())).toEqual(asText(V1_RECORDS.messages));
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
    expect(await second.count('threadMessages')).toBe(0);
  });
});
