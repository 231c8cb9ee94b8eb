/**
 * A version-1 database written by hand, with raw IndexedDB calls and literal records — not with
 * the current schema code — so that when the schema moves to v2 the test below still opens a
 * real v1 database and proves the migration keeps its data.
 */
export const V1_RECORDS = {
  messages: [
    { key: '111|mid.$c1', pageId: '111', threadKey: '100000000000001', messageId: 'mid.$c1', at: 1_790_000_000_000, atQuality: 'utime', from: 'customer', automated: false, author: null, provisional: false },
    { key: '111|mid.$p1', pageId: '111', threadKey: '100000000000001', messageId: 'mid.$p1', at: 1_790_000_240_000, atQuality: 'utime', from: 'page', automated: false, author: 'Kari', provisional: false },
    { key: '111|row|title:ola|customer|1790000100000', pageId: '111', threadKey: 'row:title:ola', messageId: null, at: 1_790_000_100_000, atQuality: 'utime', from: 'customer', automated: false, author: null, provisional: true },
  ],
  threads: [
    { key: '111|100000000000001', pageId: '111', threadKey: '100000000000001', threadId: '100000000000001', rowKey: 'title:sinta dewi', title: 'Sinta Dewi', channel: 'messenger', folder: 'inbox', lastSeenAt: 1_790_000_300_000 },
    { key: '111|row:title:ola', pageId: '111', threadKey: 'row:title:ola', threadId: null, rowKey: 'title:ola', title: 'Ola', channel: 'unknown', folder: 'inbox', lastSeenAt: 1_790_000_300_000 },
  ],
  pages: [{ pageId: '111', pageName: null, lastSeenAt: 1_790_000_300_000, health: null, healthAt: null }],
  away: [{ id: 1, pageId: '111', from: 1_789_000_000_000, to: null, source: 'manual' }],
  templates: [{ id: 't1', title: 'Hi', body: 'Hello {first_name}', language: 'en', keywords: ['hello'], usage: 3, order: 0 }],
  batches: [{ batchId: 'b-1', at: 1_790_000_300_000 }],
  notifications: [{ key: 'soon|111|100000000000001|1790000000000', pageId: '111', at: 1_790_000_450_000 }],
  history: [{ pageId: '111', day: 1_789_948_800_000, responseRate: 1, responseTimeSeconds: 240 }],
  meta: [{ key: 'templatesSeeded', value: true }],
} as const;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates `name` at version 1 exactly as v1 of core/store/schema.ts laid it out, filled with V1_RECORDS. */
export async function createV1Database(factory: IDBFactory, name: string, records: { [S in keyof typeof V1_RECORDS]?: readonly object[] } = V1_RECORDS): Promise<void> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
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
  };
  const db = await request(open);
  const names = Object.keys(V1_RECORDS) as Array<keyof typeof V1_RECORDS>;
  const tx = db.transaction(names, 'readwrite');
  for (const store of names) for (const record of records[store] ?? V1_RECORDS[store]) tx.objectStore(store).put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
