/**
 * The one cached IndexedDB connection. The browser may close it at any time (storage pressure,
 * "clear data", a stopped worker); `terminated` drops the cache so the next call reopens it.
 */
import { deleteDB, openDB } from 'idb';
import { DB_NAME, DB_VERSION, type ReplyClockDB, type StoreDB } from './schema';
import { migrate } from './migrations';
import { forgetPageIndexes } from './message-index';

let connection: Promise<StoreDB> | null = null;

export function openStore(): Promise<StoreDB> {
  connection ??= openDB<ReplyClockDB>(DB_NAME, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
    terminated: () => { connection = null; },
    // Another context upgrades the schema: let it, and reopen on next use.
    blocking: () => { void closeStore(); },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection as Promise<StoreDB>;
}

/** Closes the cached connection (tests, schema upgrades from elsewhere). */
export async function closeStore(): Promise<void> {
  const pending = connection;
  connection = null;
  forgetPageIndexes();
  if (pending) (await pending.catch(() => null))?.close();
}

/** Deletes the database and opens it again empty, at the current schema. */
export async function recreateStore(): Promise<void> {
  await closeStore();
  await deleteDB(DB_NAME);
  await openStore();
}
