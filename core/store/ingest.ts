/**
 * Writes an observation batch so that nothing is lost or doubled: a message seen twice (list and
 * transcript, two tabs, re-sent after a worker restart) is one record; a re-sent batch is
 * acknowledged without being applied again. One transaction per batch.
 *
 * *Performance:* each awaited request is a round trip to the browser's IndexedDB process (~0.7 ms in
 * Chromium), so writes are issued without awaiting each one (a transaction runs its requests in the
 * order they were issued: a later read sees an earlier write) and a transcript's messages are read
 * all at once. The batch waits for every write once, at its end.
 */
import type { IDBPTransaction } from 'idb';
import { rowKeyOf } from '@/core/inbox/thread-key';
import type { ListRowSnapshot, MessageSnapshot } from '@/core/inbox/types';
import type { ObservationBatch } from '@/core/messages';
import type { Channel, Side } from '@/core/metrics/types';
import { openStore } from './connection';
import { rowThreadKey, threadRecordKey, type MessageRecord, type PageRecord, type ReplyClockDB, type ThreadKey, type ThreadRecord } from './schema';
import { writeAllOrNothing } from './write-error';
import { recordBannerSighting } from './away';
import { dropHistorySince } from './history';
import { isSameMessage, mergedMessage, pageRowAnswers, sameRecord, supersededBy } from './message-merge';

export interface IngestResult {
  /** The batch id was already applied: nothing was written again. */
  duplicate: boolean;
  /** Threads whose messages or attributes changed (cache refresh). */
  changedThreads: ThreadKey[];
  /** Threads merged into another one and gone. */
  removedThreads: ThreadKey[];
  /** Earliest instant of a message added or moved (for invalidating cached history), or null. */
  earliestChange: number | null;
  /** The Page's Away periods changed (a banner was seen). */
  awayChanged: boolean;
}

type IngestTx = IDBPTransaction<ReplyClockDB, ('messages' | 'threads' | 'pages' | 'batches' | 'away' | 'history')[], 'readwrite'>;

/** The row key of the open conversation: the one the reader gave, its row in the same batch, else the key of its title. */
function openRowKey(batch: ObservationBatch): string | null {
  const open = batch.open;
  if (!open) return null;
  if (open.rowKey) return open.rowKey;
  if (!open.title) return null;
  return batch.rows.find((row) => row.title === open.title)?.key ?? rowKeyOf(open.title);
}

export async function ingestBatch(batch: ObservationBatch): Promise<IngestResult> {
  const db = await openStore();
  const tx: IngestTx = db.transaction(['messages', 'threads', 'pages', 'batches', 'away', 'history'], 'readwrite');
  const result: IngestResult = { duplicate: false, changedThreads: [], removedThreads: [], earliestChange: null, awayChanged: false };
  await writeAllOrNothing(tx, async () => {
    // Read together: one round trip, not two, in every batch however small.
    const [applied, page] = await Promise.all([tx.objectStore('batches').get(batch.batchId), tx.objectStore('pages').get(batch.pageId)]);
    if (applied) {
      result.duplicate = true;
      return;
    }
    const writer = new BatchWriter(tx, batch, result);
    try {
      writer.touchPage(page);
      await writer.writeOpenThread(openRowKey(batch));
      for (const row of batch.rows) await writer.writeRow(row);
      if (batch.awayBanner !== null) result.awayChanged = await recordBannerSighting(tx.objectStore('away'), batch.pageId, batch.seenAt, batch.awayBanner);
      if (result.earliestChange !== null) await dropHistorySince(tx.objectStore('history'), batch.pageId, result.earliestChange);
      writer.issue(tx.objectStore('batches').put({ batchId: batch.batchId, at: batch.seenAt }));
      await writer.writesDone();
    } catch (error) {
      // A write that failed aborts the transaction, so later requests fail too (AbortError): report
      // the write's own error, which says whether the disk is full.
      throw writer.firstFailure ?? error;
    }
  });
  return result;
}

class BatchWriter {
  private readonly pageId: string;
  /** Writes issued and not yet awaited (see the file's comment). */
  private readonly pending: Promise<unknown>[] = [];
  /** The first issued write that failed, if any. */
  firstFailure: unknown = null;
  constructor(private readonly tx: IngestTx, private readonly batch: ObservationBatch, private readonly result: IngestResult) {
    this.pageId = batch.pageId;
  }

  /** Issues a write without waiting for it; its failure is kept (not left unhandled) and rethrown by `writesDone`. */
  issue(write: Promise<unknown>): void {
    this.pending.push(write);
    write.catch((error: unknown) => { this.firstFailure ??= error; });
  }

  /** Waits for every issued write; rejects with the first failure. */
  async writesDone(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Marks the Page seen now, keeping what it knew (`page`: its stored record, read with the batch check). */
  touchPage(page: PageRecord | undefined): void {
    this.issue(this.tx.objectStore('pages').put({ pageId: this.pageId, pageName: page?.pageName ?? null, health: page?.health ?? null, healthAt: page?.healthAt ?? null, lastSeenAt: this.batch.seenAt }));
  }

  private noteChange(threadKey: ThreadKey, at: number | null): void {
    if (!this.result.changedThreads.includes(threadKey)) this.result.changedThreads.push(threadKey);
    if (at !== null && (this.result.earliestChange === null || at < this.result.earliestChange)) this.result.earliestChange = at;
  }

  private async threadByRowKey(rowKey: string): Promise<ThreadRecord | undefined> {
    return this.tx.objectStore('threads').index('byRowKey').get([this.pageId, rowKey]);
  }

  private threadMessages(threadKey: ThreadKey): Promise<MessageRecord[]> {
    return this.tx.objectStore('messages').index('byThread').getAll([this.pageId, threadKey]);
  }

  /** Writes a thread record, keeping what this observation does not say (channel under /all, folder unknown). */
  private async upsertThread(threadKey: ThreadKey, patch: { threadId: string | null; rowKey: string | null; title: string | null; channel?: Channel | null }): Promise<void> {
    const threads = this.tx.objectStore('threads');
    const key = threadRecordKey(this.pageId, threadKey);
    const old = await threads.get(key);
    // *Decision:* under /all a row does not say its channel: it stays 'unknown' (in no figure, with its
    // inline badge) until the thread is seen under /messenger or opened with a `thread_type`.
    const channel = patch.channel ?? (this.batch.channel === 'all' ? old?.channel ?? 'unknown' : this.batch.channel);
    const next: ThreadRecord = {
      key, pageId: this.pageId, threadKey,
      threadId: patch.threadId ?? old?.threadId ?? null,
      rowKey: patch.rowKey ?? old?.rowKey ?? null,
      title: patch.title ?? old?.title ?? null,
      channel,
      folder: this.batch.folder ?? old?.folder ?? 'inbox',
      lastSeenAt: Math.max(old?.lastSeenAt ?? 0, this.batch.seenAt),
    };
    if (!old || old.channel !== next.channel || old.folder !== next.folder || old.title !== next.title || old.rowKey !== next.rowKey || old.threadId !== next.threadId) this.noteChange(threadKey, null);
    this.issue(threads.put(next));
  }

  /** The row-key thread and the real thread are one conversation: move the row thread's messages over. */
  private async mergeRowThread(rowKey: string, threadId: string): Promise<void> {
    const threads = this.tx.objectStore('threads');
    const holder = await this.threadByRowKey(rowKey);
    if (!holder || holder.threadKey === threadId) return;
    if (holder.threadId === null) {
      for (const message of await this.threadMessages(holder.threadKey)) {
        this.issue(this.tx.objectStore('messages').put({ ...message, threadKey: threadId }));
        this.noteChange(threadId, message.at);
      }
      this.issue(threads.delete(holder.key));
      this.result.removedThreads.push(holder.threadKey);
      // What the list knew (its channel, its folder) carries over to a thread seen for the first time.
      const realKey = threadRecordKey(this.pageId, threadId);
      if (!(await threads.get(realKey))) this.issue(threads.put({ ...holder, key: realKey, threadKey: threadId, threadId }));
    } else {
      // Another real thread had this title's key (two customers of the same name): the open one wins it.
      this.issue(threads.put({ ...holder, rowKey: null }));
      this.noteChange(holder.threadKey, null);
    }
  }

  async writeOpenThread(rowKey: string | null): Promise<void> {
    const open = this.batch.open;
    if (!open) return;
    let threadKey: ThreadKey;
    if (open.threadId) {
      threadKey = open.threadId;
      if (rowKey) await this.mergeRowThread(rowKey, open.threadId);
    } else if (rowKey) {
      threadKey = (await this.threadByRowKey(rowKey))?.threadKey ?? rowThreadKey(rowKey);
    } else {
      return; // Neither an id nor a title: nothing to file the transcript under.
    }
    await this.upsertThread(threadKey, { threadId: open.threadId, rowKey, title: open.title, channel: open.channel });
    const [known, stored] = await Promise.all([this.threadMessages(threadKey), this.storedMessages(open.messages)]);
    for (const message of open.messages) this.writeMessage(threadKey, message, known, stored);
  }

  private messageKey(seen: MessageSnapshot): string {
    return `${this.pageId}|${seen.id}`;
  }

  /**
   * The stored record of each message, by key, read with all requests issued at once. A message may
   * be stored under another thread (seen in another batch), so it is read by its key, not its thread.
   */
  private async storedMessages(seen: readonly MessageSnapshot[]): Promise<Map<string, MessageRecord | undefined>> {
    const messages = this.tx.objectStore('messages');
    const keys = [...new Set(seen.map((m) => this.messageKey(m)))];
    const records = await Promise.all(keys.map((key) => messages.get(key)));
    return new Map(keys.map((key, i) => [key, records[i]]));
  }

  /** Decides a message's record from what is stored (`stored`, kept current as writes are issued) and issues its writes. */
  private writeMessage(threadKey: ThreadKey, seen: MessageSnapshot, known: MessageRecord[], stored: Map<string, MessageRecord | undefined>): void {
    const messages = this.tx.objectStore('messages');
    const key = this.messageKey(seen);
    const old = stored.get(key);
    const next = mergedMessage(old, seen, { key, pageId: this.pageId, threadKey, seenAt: this.batch.seenAt });
    // The real message supersedes what the list suggested for the same side and instant.
    for (const stand of supersededBy(known, next)) {
      this.issue(messages.delete(stand.key));
      if (stored.has(stand.key)) stored.set(stand.key, undefined);
      known.splice(known.indexOf(stand), 1);
      this.noteChange(threadKey, stand.at);
    }
    if (old && sameRecord(old, next)) return;
    if (old && old.threadKey !== threadKey) this.noteChange(old.threadKey, old.at);
    this.issue(messages.put(next));
    // The same message twice in one batch: the second sighting merges with the first, as if read back.
    stored.set(key, next);
    this.noteChange(threadKey, Math.min(next.at, old?.at ?? next.at));
    known.push(next);
  }

  async writeRow(row: ListRowSnapshot): Promise<void> {
    const existing = await this.threadByRowKey(row.key);
    const threadKey = existing?.threadKey ?? rowThreadKey(row.key);
    await this.upsertThread(threadKey, { threadId: null, rowKey: row.key, title: row.title });
    if (row.lastFromPage === null || row.lastActivityAt === null) return;
    const at = row.lastActivityAt;
    const side: Side = row.lastFromPage ? 'page' : 'customer';
    const known = await this.threadMessages(threadKey);
    if (known.some((m) => isSameMessage(m, side, at))) return;
    if (side === 'page' && !pageRowAnswers(known, at)) return;
    this.issue(this.tx.objectStore('messages').put({
      key: `${this.pageId}|row|${row.key}|${side}|${at}`, pageId: this.pageId, threadKey, messageId: null,
      at, atQuality: 'utime', from: side, automated: false, author: null, provisional: true,
    }));
    this.noteChange(threadKey, at);
  }
}
