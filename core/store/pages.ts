/** Pages (Business Suite `asset_id`s) and what the reader last said about each. */
import type { ReaderHealth } from '@/core/inbox/types';
import { openStore } from './connection';
import type { MessageRecord, PageRecord, ThreadKey, ThreadMessagesRecord, ThreadRecord } from './schema';
import { threadRecordKey } from './schema';
import { chunkMessages } from './thread-chunk';
import { bulkWriteCount } from './bulk-writes';
import { keepPageIndex, MessageIndex, type ChunkKeys } from './message-index';

export async function listPages(): Promise<PageRecord[]> {
  return (await openStore()).getAll('pages');
}

export async function getPage(pageId: string): Promise<PageRecord | undefined> {
  return (await openStore()).get('pages', pageId);
}

/** The Page seen most recently (the popup's choice when the active tab is not an inbox). */
export async function latestPage(): Promise<PageRecord | undefined> {
  const pages = await listPages();
  return pages.sort((a, b) => b.lastSeenAt - a.lastSeenAt)[0];
}

export async function recordHealth(pageId: string, health: ReaderHealth, at: number): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('pages', 'readwrite');
  const page = await tx.store.get(pageId);
  await tx.store.put({ ...page, pageId, pageName: page?.pageName ?? null, lastSeenAt: page?.lastSeenAt ?? at, health, healthAt: at });
  await tx.done;
}

export async function recordPageName(pageId: string, pageName: string, at: number): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('pages', 'readwrite');
  const page = await tx.store.get(pageId);
  await tx.store.put({ ...page, pageId, pageName, lastSeenAt: page?.lastSeenAt ?? at, health: page?.health ?? null, healthAt: page?.healthAt ?? null });
  await tx.done;
}

export interface StoredThread { thread: ThreadRecord; messages: MessageRecord[] }

/** A Page as the worker's cache holds it: its threads with their messages, and which thread holds each message. */
export interface PageRead { threads: StoredThread[]; index: MessageIndex }

/**
 * Every thread of a Page with its messages (the cache's rebuild after a worker restart), and the
 * index of every chunk of the Page — one without a thread record too: its keys are still taken.
 */
export async function loadPage(pageId: string): Promise<PageRead> {
  const db = await openStore();
  const tx = db.transaction(['threads', 'threadMessages'], 'readonly');
  // Counted as the read's transaction is created (no await between): it sees every bulk write counted so far, and none after.
  const epoch = bulkWriteCount();
  const [threads, chunks] = await Promise.all([
    tx.objectStore('threads').index('byPage').getAll(pageId),
    tx.objectStore('threadMessages').index('byPage').getAll(pageId),
  ]);
  await tx.done;
  const byThread = new Map<ThreadKey, ThreadMessagesRecord>(chunks.map((chunk) => [chunk.threadKey, chunk]));
  const index = new MessageIndex(epoch, chunks);
  keepPageIndex(pageId, index);
  return { threads: threads.map((thread) => storedThread(thread, byThread.get(thread.threadKey))), index };
}

/** Every thread of a Page with its messages. */
export async function loadPageThreads(pageId: string): Promise<StoredThread[]> {
  return (await loadPage(pageId)).threads;
}

/** Threads re-read after an ingest: the ones still there, and every asked thread's message keys (none: no chunk). */
export interface ThreadsRead { threads: StoredThread[]; chunks: ChunkKeys[] }

/** What the store holds of one thread: its record and its chunk (undefined: none). */
export interface ThreadHoldings { threadKey: ThreadKey; thread: ThreadRecord | undefined; chunk: ThreadMessagesRecord | undefined }

/** The given threads of a Page, fresh from the store; a key with no thread left is omitted from `threads`. */
export async function loadThreads(pageId: string, keys: readonly ThreadKey[]): Promise<ThreadsRead> {
  if (keys.length === 0) return { threads: [], chunks: [] };
  const db = await openStore();
  const tx = db.transaction(['threads', 'threadMessages'], 'readonly');
  const found = await Promise.all(keys.map(async (threadKey): Promise<ThreadHoldings> => {
    const [thread, chunk] = await Promise.all([
      tx.objectStore('threads').get(threadRecordKey(pageId, threadKey)),
      tx.objectStore('threadMessages').get(threadRecordKey(pageId, threadKey)),
    ]);
    return { threadKey, thread, chunk };
  }));
  await tx.done;
  return threadsRead(found);
}

/** Threads as read (or as an ingest just wrote them): the ones with a record, and every one's message keys. */
export function threadsRead(states: readonly ThreadHoldings[]): ThreadsRead {
  return {
    threads: states.flatMap(({ thread, chunk }) => (thread ? [storedThread(thread, chunk)] : [])),
    chunks: states.map(({ threadKey, chunk }) => ({ threadKey, ids: chunk?.ids ?? [] })),
  };
}

/** A thread and its messages (none when it has no chunk: a thread of list rows with nothing to record yet). */
function storedThread(thread: ThreadRecord, chunk: ThreadMessagesRecord | undefined): StoredThread {
  return { thread, messages: chunk ? chunkMessages(chunk) : [] };
}
