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
  // Steps that move data run one after another (a later one reads what an earlier one wrote).
  let moves = Promise.resolve();
  if (oldVersion < 2) {
    const chunks = db.createObjectStore('threadMessages', { keyPath: 'key' });
    chunks.createIndex('byPage', 'pageId');
    chunks.createIndex('byMessage', 'ids', { multiEntry: true });
    chunks.createIndex('byFirstAt', 'firstAt');
    moves = moves.then(() => moveMessagesIntoChunks(db as unknown as UntypedDB, tx));
  }
  if (oldVersion < 3) moves = moves.then(() => boundDividerTimes(tx));
  // A failed step aborts the upgrade: the database stays at its old version, whole, and opening it fails.
  moves.catch(() => {
    tx.done.catch(() => undefined); // the failed open reports the abort; its `done` is not watched elsewhere
    try { tx.abort(); } catch { /* the failed request already aborted it */ }
  });
}

/** What a divider says of the messages under it: their minute (R13). */
const DIVIDER_MINUTE_MS = 60_000;

/**
 * v2 → v3 (R13): a time taken from a divider ('divider' quality) was stored as that divider's
 * minute; it becomes bounded by that minute, so the figures show it as a range, not as exact.
 */
async function boundDividerTimes(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('threadMessages');
  const chunks = await store.getAll();
  await Promise.all(chunks.flatMap((chunk) => {
    if (!chunk.messages.some((m) => m.atQuality === 'divider' && m.atMin === undefined)) return [];
    const messages = chunk.messages.map((m) => (m.atQuality === 'divider' && m.atMin === undefined ? { ...m, atMin: m.at, atMax: m.at + DIVIDER_MINUTE_MS - 1 } : m));
    return [store.put({ ...chunk, messages })];
  }));
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
