/**
 * The IndexedDB schema: one typed `DBSchema` and its version (its migrations: migrations.ts).
 * What is stored: instants, sides, automated flags, authors, ids and display names —
 * NEVER message text (the reader never hands any over, and no record has a field for it).
 */
import type { DBSchema, IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import type { InstantQuality } from '@/core/inbox/types';
import type { Channel, Folder, Side } from '@/core/metrics';
import type { ReaderHealth } from '@/core/inbox/types';
import type { Template } from '@/core/templates';

export const DB_NAME = 'replyclock';
export const DB_VERSION = 3;

/** A thread's store key within its Page: the URL's thread id when known, else `row:<row key>`. */
export type ThreadKey = string;

export interface MessageRecord {
  /** `<pageId>|<message id>` for transcript messages; `<pageId>|row|<row key>|<side>|<at>` for list-derived ones. */
  key: string;
  pageId: string;
  threadKey: ThreadKey;
  /** The page's `data-message-id`; null for a provisional record derived from the list. */
  messageId: string | null;
  at: number;
  /**
   * The bounds of `at` (rules R13), kept as narrow as any sighting showed them. Absent on records
   * stored before bounds existed, and on exact ones: then `at` is both. *Why no migration:* the
   * fields sit inside a chunk's messages, no index reads them, and "absent" has one meaning.
   */
  atMin?: number;
  atMax?: number;
  /**
   * The message's other key (`<pageId>|<derived key>`) when `key` is Meta's id: the same message
   * read on a build without ids finds this record (core/inbox/message-identity.ts).
   */
  alias?: string;
  atQuality: InstantQuality;
  from: Side;
  automated: boolean;
  author: string | null;
  /** Derived from a list row; superseded by the transcript's real message (same side, ±60 s). */
  provisional: boolean;
}

/** A message as kept inside its thread's chunk: what the chunk already says (Page, thread) is not repeated. */
export type StoredMessage = Omit<MessageRecord, 'pageId' | 'threadKey'>;

/**
 * One thread's messages in one record (v2). *Why:* a record per message costs a put and three index
 * updates each, which caps ingest far below a long transcript's size (see core/store/ingest.ts).
 */
export interface ThreadMessagesRecord {
  /** `threadRecordKey(pageId, threadKey)`, the same key as the thread's `ThreadRecord`. */
  key: string;
  pageId: string;
  threadKey: ThreadKey;
  /** Each message's `MessageRecord.key` (and its alias), for the multiEntry `byMessage` index: which chunk holds a message. */
  ids: string[];
  /** In time order. */
  messages: StoredMessage[];
  /** The earliest message's instant, for pruning (`byFirstAt`). */
  firstAt?: number;
}

export interface ThreadRecord {
  /** `<pageId>|<threadKey>` */
  key: string;
  pageId: string;
  threadKey: ThreadKey;
  threadId: string | null;
  rowKey: string | null;
  /** The conversation's display name (the customer's name): shown in the popup's waiting list. */
  title: string | null;
  channel: Channel;
  folder: Folder;
  lastSeenAt: number;
  /** The latest activity its list row showed (R14: later than the transcript's latest message = not yet read); absent: none seen. */
  rowActivityAt?: number | null;
  /**
   * When its transcript was last shown, kept only once the row showed activity after the previous
   * showing: that activity was read, even when its message is dated only by a divider (R13).
   */
  transcriptReadAt?: number | null;
  /**
   * The agent the latest assignment note seen in the conversation names (rules: missed requests
   * are theirs). Absent on records stored before it existed and on threads never seen assigned;
   * *why no migration:* no index reads it and "absent" means "no note seen".
   */
  assignedTo?: string;
}

export interface PageRecord {
  pageId: string;
  pageName: string | null;
  lastSeenAt: number;
  health: ReaderHealth | null;
  healthAt: number | null;
  /** R14: the first instant the extension read this Page's inbox; null when it began before this was kept. */
  watchingSince?: number | null;
}

export interface AwayRecord {
  id?: number;
  pageId: string;
  from: number;
  /** null: switched on by hand, reverts 12 h after `from` (R9). */
  to: number | null;
  source: 'manual' | 'banner';
  /** A banner period the page was later seen without: a new sighting starts a new period. */
  ended?: boolean;
}

export interface BatchRecord { batchId: string; at: number }

export interface NotificationRecord { key: string; pageId: string; at: number }

export interface HistoryRecord {
  pageId: string;
  /** Local midnight (UTC ms) starting the day. */
  day: number;
  responseRate: number | null;
  responseTimeSeconds: number | null;
  /** R13; absent in days cached before bounded times, which are computed again. */
  responseTimeRange?: readonly [number, number] | null;
  uncertain?: boolean;
}

export interface ReplyClockDB extends DBSchema {
  threadMessages: {
    key: string;
    value: ThreadMessagesRecord;
    indexes: { byPage: string; byMessage: string; byFirstAt: number };
  };
  threads: {
    key: string;
    value: ThreadRecord;
    indexes: { byPage: string; byRowKey: [string, string] };
  };
  pages: { key: string; value: PageRecord };
  away: { key: number; value: AwayRecord; indexes: { byPage: string } };
  templates: { key: string; value: Template };
  batches: { key: string; value: BatchRecord; indexes: { byAt: number } };
  notifications: { key: string; value: NotificationRecord; indexes: { byAt: number } };
  history: { key: [string, number]; value: HistoryRecord; indexes: { byPage: string } };
  /** Small flags of the store itself. None is written today (the starter-templates flag was never read); kept so that stores of every version open alike. */
  meta: { key: string; value: { key: string; value: unknown } };
}

export type StoreDB = IDBPDatabase<ReplyClockDB>;
export type AnyStore = StoreNames<ReplyClockDB>;
/** One store of a read-write transaction over any stores (helpers that write inside the caller's transaction). */
export type WritableStore<N extends AnyStore> = IDBPObjectStore<ReplyClockDB, ArrayLike<AnyStore>, N, 'readwrite'>;
export const ALL_STORES: AnyStore[] = ['threadMessages', 'threads', 'pages', 'away', 'templates', 'batches', 'notifications', 'history', 'meta'];

export const threadRecordKey = (pageId: string, threadKey: ThreadKey): string => `${pageId}|${threadKey}`;

/** String keys in the order IndexedDB keeps them: by UTF-16 code unit, as JavaScript's `<` compares. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const rowThreadKey = (rowKey: string): ThreadKey => `row:${rowKey}`;
