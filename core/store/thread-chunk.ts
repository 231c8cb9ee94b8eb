/**
 * A thread's chunk (schema v2: all its messages in one record) and the `MessageRecord`s the rest of
 * the code works with: the conversion at the store's boundary, both ways.
 */
import { compareMessages } from '@/core/metrics/requests';
import { compareKeys, threadRecordKey, type MessageRecord, type StoredMessage, type ThreadKey, type ThreadMessagesRecord } from './schema';

/** The engine's message order, then by key, so the order is stable. */
function compareStoredMessages(a: StoredMessage, b: StoredMessage): number {
  return compareMessages(a, b) || compareKeys(a.key, b.key);
}

/** The compact form kept in a chunk: the Page and thread are the chunk's own. */
export function storedMessage(record: MessageRecord): StoredMessage {
  return {
    key: record.key, messageId: record.messageId, at: record.at, ...optionalFields(record), atQuality: record.atQuality,
    from: record.from, automated: record.automated, author: record.author, provisional: record.provisional,
  };
}

/** Bounds and alias, only where a record has them (an exact message stores no bounds). */
function optionalFields(m: Pick<StoredMessage, 'at' | 'atMin' | 'atMax' | 'alias'>): Pick<StoredMessage, 'atMin' | 'atMax' | 'alias'> {
  const bounded = m.atMin !== undefined && m.atMax !== undefined && (m.atMin !== m.at || m.atMax !== m.at);
  return { ...(bounded ? { atMin: m.atMin, atMax: m.atMax } : {}), ...(m.alias !== undefined ? { alias: m.alias } : {}) };
}

/**
 * The chunk holding `messages` (any order; each must belong to this thread), in time order — the
 * engine then needs no sort — or null when there are none (an empty chunk is deleted, not kept).
 */
export function chunkRecord(pageId: string, threadKey: ThreadKey, messages: Iterable<MessageRecord>): ThreadMessagesRecord | null {
  const stored = [...messages].map(storedMessage).sort(compareStoredMessages);
  if (stored.length === 0) return null;
  // An alias is listed with the keys: the `byMessage` index then finds the chunk by either.
  const ids = stored.flatMap((m) => (m.alias !== undefined ? [m.key, m.alias] : [m.key]));
  return { key: threadRecordKey(pageId, threadKey), pageId, threadKey, ids, messages: stored, firstAt: stored[0]!.at };
}

/** The chunk's messages as records (in the chunk's order). */
export function chunkMessages(chunk: ThreadMessagesRecord): MessageRecord[] {
  return chunk.messages.map((m) => ({
    key: m.key, pageId: chunk.pageId, threadKey: chunk.threadKey, messageId: m.messageId, at: m.at, ...optionalFields(m), atQuality: m.atQuality,
    from: m.from, automated: m.automated, author: m.author, provisional: m.provisional,
  }));
}

/**
 * The chunks of `records` (of any Pages and threads), one per thread. The same key twice keeps the
 * last one, as a put of each record in turn did when a message was a record of its own.
 */
export function chunksOf(records: Iterable<MessageRecord>): ThreadMessagesRecord[] {
  const byKey = new Map<string, MessageRecord>();
  for (const record of records) byKey.set(record.key, record);
  const byThread = new Map<string, MessageRecord[]>();
  for (const record of byKey.values()) {
    const thread = threadRecordKey(record.pageId, record.threadKey);
    const list = byThread.get(thread);
    if (list) list.push(record); else byThread.set(thread, [record]);
  }
  return [...byThread.values()].map((list) => chunkRecord(list[0]!.pageId, list[0]!.threadKey, list)!);
}
