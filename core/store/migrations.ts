/**
 * Cumulative migrations: a database at any older version runs every step above it, in order, inside
 * the upgrade's versionchange transaction. A new version adds `if (oldVersion < N) { … }` below and
 * a test that opens a database of version N−1 (test/core/store/migration.test.ts).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { AnyStore, MessageRecord, ReplyClockDB } from './schema';
import { chunksOf } from './thread-chunk';
import { noteBulkWrite } from './bulk-writes';

type UpgradeTx = IDBPTransaction<ReplyClockDB, AnyStore[], 'versionchange'>;
/** The database without the current schema's types: earlier versions had stores it no longer names. */
type UntypedDB = IDBPDatabase<unknown>;

export function migrate(db: IDBPDatabase<ReplyClockDB>, oldVersion: number, tx: UpgradeTx): void {
  noteBulkWrite();
  if (oldVersion < 1) createV1Stores(db as unknown as UntypedDB);
  if (oldVersion < 2) {
    const chunks = db.createObjectStore('threadMessages', { keyPath: 'key' });
    chunks.createIndex('byPage', 'pageId');
    chunks.createIndex('byMessage', 'ids', { multiEntry: true });
    chunks.createIndex('byFirstAt', 'firstAt');
    // A failed move aborts the upgrade: the database stays at v1, whole, and opening it fails.
    moveMessagesIntoChunks(db as unknown as UntypedDB, tx).catch(() => {
      tx.done.catch(() => undefined); // the failed open reports the abort; its `done` is not watched elsewhere
      try { tx.abort(); } catch { /* the failed request already aborted it */ }
    });
  }
}

/** Version 1 as it shipped (one record per message in `messages`); frozen, like the fixture that tests it. */
function createV1Stores(db: UntypedDB): void {
  const messages = db.createObjectStore('messages', { keyPath: 'key' });
  messages.createIndex('byThread', ['pageId', 'threadKey']);
  messages.createIndex('byPage', 'pageId');
  messages.createIndex('byAt', 'at');
  const threads = db.createObjectStore('threads', { keyPath: 'key' });
  threads.createIndex('byPage', 'pageId');
  threads.createIndex('byRowKey', ['pageId', 'rowKey']);
  db.createObjectStore('pages', { keyPath: 'pageId' });
  db.createObjectStore('away', { keyPath: 'id', autoIncrement: true }).createIndex('byPage', 'pageId');
  db.createObjectStore('templates', { keyPath: 'id' });
  db.createObjectStore('batches', { keyPath: 'batchId' }).createIndex('byAt', 'at');
  db.createObjectStore('notifications', { keyPath: 'key' }).createIndex('byAt', 'at');
  db.createObjectStore('history', { keyPath: ['pageId', 'day'] }).createIndex('byPage', 'pageId');
  db.createObjectStore('meta', { keyPath: 'key' });
}

/** v1 → v2: every message record into its thread's chunk, then v1's `messages` store goes. */
async function moveMessagesIntoChunks(db: UntypedDB, tx: UpgradeTx): Promise<void> {
  const legacy = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  // One read of the whole store (not a cursor): a round trip per record would make the upgrade of a
  // 100,000-message store take minutes; the records are small and grouped in memory anyway.
  const records = (await legacy.objectStore('messages').getAll()) as MessageRecord[];
  await Promise.all(chunksOf(records).map((chunk) => tx.objectStore('threadMessages').put(chunk)));
  db.deleteObjectStore('messages');
}
