/** Pages (Business Suite `asset_id`s) and what the reader last said about each. */
import type { ReaderHealth } from '@/core/inbox/types';
import { openStore } from './connection';
import type { MessageRecord, PageRecord, ThreadKey, ThreadRecord } from './schema';
import { threadRecordKey } from './schema';

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
  const tx = db.transaction(['threads', 'messages'], 'readonly');
  const [threads, messages] = await Promise.all([
    tx.objectStore('threads').index('byPage').getAll(pageId),
    tx.objectStore('messages').index('byPage').getAll(pageId),
  ]);
  await tx.done;
  const byKey = new Map<ThreadKey, StoredThread>(threads.map((thread) => [thread.threadKey, { thread, messages: [] }]));
  for (const message of messages) byKey.get(message.threadKey)?.messages.push(message);
  return [...byKey.values()];
}

/** The given threads of a Page, fresh from the store; a key with no thread left is omitted. */
export async function loadThreads(pageId: string, keys: readonly ThreadKey[]): Promise<StoredThread[]> {
  const db = await openStore();
  const tx = db.transaction(['threads', 'messages'], 'readonly');
  const found = await Promise.all(keys.map(async (threadKey) => {
    const [thread, messages] = await Promise.all([
      tx.objectStore('threads').get(threadRecordKey(pageId, threadKey)),
      tx.objectStore('messages').index('byThread').getAll([pageId, threadKey]),
    ]);
    return thread ? { thread, messages } : null;
  }));
  await tx.done;
  return found.filter((t): t is StoredThread => t !== null);
}
