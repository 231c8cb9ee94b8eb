/** Pages (Business Suite `asset_id`s) and what the reader last said about each. */
import type { ReaderHealth } from '@/core/inbox/types';
import { openStore } from './connection';
import type { MessageRecord, PageRecord, ThreadKey, ThreadMessagesRecord, ThreadRecord } from './schema';
import { threadRecordKey } from './schema';
import { chunkMessages } from './thread-chunk';

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
  await tx.store.put({ pageId, pageName: page?.pageName ?? null, lastSeenAt: page?.lastSeenAt ?? at, health, healthAt: at });
  await tx.done;
}

export async function recordPageName(pageId: string, pageName: string, at: number): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('pages', 'readwrite');
  const page = await tx.store.get(pageId);
  await tx.store.put({ pageId, pageName, lastSeenAt: page?.lastSeenAt ?? at, health: page?.health ?? null, healthAt: page?.healthAt ?? null });
  await tx.done;
}

export interface StoredThread { thread: ThreadRecord; messages: MessageRecord[] }

/** Every thread of a Page with its messages (the cache's rebuild after a worker restart). */
export async function loadPageThreads(pageId: string): Promise<StoredThread[]> {
  const db = await openStore();
  const tx = db.transaction(['threads', 'threadMessages'], 'readonly');
  const [threads, chunks] = await Promise.all([
    tx.objectStore('threads').index('byPage').getAll(pageId),
    tx.objectStore('threadMessages').index('byPage').getAll(pageId),
  ]);
  await tx.done;
  const byThread = new Map<ThreadKey, ThreadMessagesRecord>(chunks.map((chunk) => [chunk.threadKey, chunk]));
  return threads.map((thread) => storedThread(thread, byThread.get(thread.threadKey)));
}

/** The given threads of a Page, fresh from the store; a key with no thread left is omitted. */
export async function loadThreads(pageId: string, keys: readonly ThreadKey[]): Promise<StoredThread[]> {
  const db = await openStore();
  const tx = db.transaction(['threads', 'threadMessages'], 'readonly');
  const found = await Promise.all(keys.map(async (threadKey) => {
    const [thread, chunk] = await Promise.all([
      tx.objectStore('threads').get(threadRecordKey(pageId, threadKey)),
      tx.objectStore('threadMessages').get(threadRecordKey(pageId, threadKey)),
    ]);
    return thread ? storedThread(thread, chunk) : null;
  }));
  await tx.done;
  return found.filter((t): t is StoredThread => t !== null);
}

/** A thread and its messages (none when it has no chunk: a thread of list rows with nothing to record yet). */
function storedThread(thread: ThreadRecord, chunk: ThreadMessagesRecord | undefined): StoredThread {
  return { thread, messages: chunk ? chunkMessages(chunk) : [] };
}
