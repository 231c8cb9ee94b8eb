/**
 * What one observation batch changes, decided and issued within its transaction (see ingest.ts):
 * the Page, the threads (a row-key thread merged into the real one), the open conversation's
 * messages and the list rows' provisional ones. Messages change in memory (`BatchChunks`) and each
 * changed thread chunk is written once, by `finish`.
 */
import type { IDBPTransaction } from 'idb';
import type { ListRowSnapshot, MessageSnapshot } from '@/core/inbox/types';
import type { ObservationBatch } from '@/core/messages';
import type { Channel, Side } from '@/core/metrics';
import { rowThreadKey, threadRecordKey, type MessageRecord, type PageRecord, type ReplyClockDB, type ThreadKey, type ThreadRecord } from './schema';
import { BatchChunks } from './batch-chunks';
import { BatchThreads } from './batch-threads';
import { disprovedBy, isSameMessage, latestOf, mergedMessage, messagePlace, sameRecord, supersededBy } from './message-merge';
import type { ChunkKeys, MessageIndex } from './message-index';
import type { ThreadHoldings } from './pages';

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
  /**
   * The changed threads this batch read in full, as it wrote them (a subset of `changedThreads`):
   * the caller's copy can follow them without reading them back. Valid once the batch is stored.
   */
  written: ThreadHoldings[];
}

export type IngestTx = IDBPTransaction<ReplyClockDB, ('threadMessages' | 'threads' | 'pages' | 'batches' | 'away' | 'history')[], 'readwrite'>;

export class BatchWriter {
  private readonly pageId: string;
  private readonly threads: BatchThreads;
  private readonly chunks: BatchChunks;
  /** Writes issued and not yet awaited: a transaction runs its requests in order, so none is awaited alone. */
  private readonly pending: Promise<unknown>[] = [];
  /** The first issued write that failed, if any. */
  firstFailure: unknown = null;
  /** Each chunk `finish` wrote, with the keys it now holds (none: deleted), for the Page's message index. */
  chunksWritten: ChunkKeys[] = [];

  /** `index`: which thread holds each stored message of the Page, when the caller keeps one (see BatchChunks). */
  constructor(private readonly tx: IngestTx, private readonly batch: ObservationBatch, private readonly result: IngestResult, index?: MessageIndex) {
    this.pageId = batch.pageId;
    this.threads = new BatchThreads(tx.objectStore('threads'), this.pageId, (write) => this.issue(write));
    this.chunks = new BatchChunks(tx.objectStore('threadMessages'), this.pageId, index);
  }

  /** Issues a write without waiting for it; its failure is kept (not left unhandled) and rethrown by `finish`. */
  issue(write: Promise<unknown>): void {
    this.pending.push(write);
    write.catch((error: unknown) => { this.firstFailure ??= error; });
  }

  /** Writes each changed thread chunk once, then waits for every issued write; rejects with the first failure. */
  async finish(): Promise<void> {
    const written = this.chunks.flush((write) => this.issue(write));
    this.chunksWritten = written.map((threadKey) => ({ threadKey, ids: this.chunks.storedChunk(threadKey)?.chunk?.ids ?? [] }));
    // Every chunk written is reported changed (or removed), so a caller's copy of the chunks (its message index) follows all of them.
    for (const threadKey of written) if (!this.result.removedThreads.includes(threadKey)) this.noteChange(threadKey, null);
    this.result.written = this.result.changedThreads.flatMap((threadKey) => {
      const [record, chunk] = [this.threads.storedRecord(threadKey), this.chunks.storedChunk(threadKey)];
      return record && chunk ? [{ threadKey, thread: record.thread, chunk: chunk.chunk }] : [];
    });
    await Promise.all(this.pending);
  }

  /** Starts reading the open thread's record and chunk when the batch names its id (what `writeOpenThread` reads first). */
  prefetchOpenThread(): Promise<void> {
    const threadId = this.batch.open?.threadId;
    return threadId ? this.loadThread(threadId) : Promise.resolve();
  }

  /**
   * Marks the Page seen now, keeping what it knew (`page`: its stored record, read with the batch
   * check) unless the batch names it anew. Its first batch starts *watching since* (R14); a Page
   * stored before that was kept stays null.
   */
  touchPage(page: PageRecord | undefined): void {
    const watchingSince = page ? page.watchingSince ?? null : this.batch.seenAt;
    this.issue(this.tx.objectStore('pages').put({ ...page, pageId: this.pageId, pageName: this.batch.pageName ?? page?.pageName ?? null, health: page?.health ?? null, healthAt: page?.healthAt ?? null, lastSeenAt: this.batch.seenAt, watchingSince }));
  }

  private noteChange(threadKey: ThreadKey, at: number | null): void {
    if (!this.result.changedThreads.includes(threadKey)) this.result.changedThreads.push(threadKey);
    if (at !== null && (this.result.earliestChange === null || at < this.result.earliestChange)) this.result.earliestChange = at;
  }

  /** Reads what the batch needs of a thread, its record and its chunk, together. */
  private async loadThread(threadKey: ThreadKey): Promise<void> {
    await Promise.all([this.threads.load(threadKey), this.chunks.load(threadKey)]);
  }

  /** Writes a (loaded) thread's record, keeping what this observation does not say (channel under /all, folder unknown). */
  private upsertThread(threadKey: ThreadKey, patch: { threadId: string | null; rowKey: string | null; title: string | null; channel?: Channel | null; rowActivityAt?: number | null; transcriptReadAt?: number | null; assignedTo?: string | null }): void {
    const old = this.threads.get(threadKey);
    // *Decision:* under /all a row does not say its channel: it stays 'unknown' (in no figure, with its
    // inline badge) until the thread is seen under /messenger or opened with a `thread_type`.
    const channel = patch.channel ?? (this.batch.channel === 'all' ? old?.channel ?? 'unknown' : this.batch.channel);
    const next: ThreadRecord = {
      key: threadRecordKey(this.pageId, threadKey), pageId: this.pageId, threadKey,
      threadId: patch.threadId ?? old?.threadId ?? null,
      rowKey: patch.rowKey ?? old?.rowKey ?? null,
      title: patch.title ?? old?.title ?? null,
      channel,
      folder: this.batch.folder ?? old?.folder ?? 'inbox',
      lastSeenAt: Math.max(old?.lastSeenAt ?? 0, this.batch.seenAt),
      rowActivityAt: latestOf(old?.rowActivityAt, patch.rowActivityAt),
      transcriptReadAt: latestOf(old?.transcriptReadAt, patch.transcriptReadAt),
    };
    // A transcript scrolled past its note says nothing: the last note seen stays.
    const assignedTo = patch.assignedTo ?? old?.assignedTo;
    if (assignedTo) next.assignedTo = assignedTo;
    if (!old || old.channel !== next.channel || old.folder !== next.folder || old.title !== next.title || old.rowKey !== next.rowKey || old.threadId !== next.threadId
      || (old.rowActivityAt ?? null) !== next.rowActivityAt || (old.transcriptReadAt ?? null) !== next.transcriptReadAt || old.assignedTo !== next.assignedTo) this.noteChange(threadKey, null);
    this.threads.put(next);
  }

  /** The row-key thread `holder` and the real thread (loaded) are one conversation: move the row thread's messages over. */
  private async mergeRowThread(holder: ThreadRecord | undefined, threadId: string): Promise<void> {
    if (!holder || holder.threadKey === threadId) return;
    if (holder.threadId === null) {
      await this.chunks.load(holder.threadKey);
      for (const message of this.chunks.moveAll(holder.threadKey, threadId)) this.noteChange(threadId, message.at);
      this.threads.delete(holder);
      this.result.removedThreads.push(holder.threadKey);
      // What the list knew (its channel, its folder) carries over to a thread seen for the first time.
      if (!this.threads.get(threadId)) this.threads.put({ ...holder, key: threadRecordKey(this.pageId, threadId), threadKey: threadId, threadId });
    } else {
      // Another real thread had this title's key (two customers of the same name): the open one wins it.
      this.threads.put({ ...holder, rowKey: null });
      this.noteChange(holder.threadKey, null);
    }
  }

  /** The thread the open conversation is filed under (loaded), or null when there is nothing to file it by. */
  private async openThreadKey(rowKey: string | null): Promise<ThreadKey | null> {
    const threadId = this.batch.open?.threadId ?? null;
    if (threadId) {
      const [holder] = await Promise.all([rowKey ? this.threads.byRowKey(rowKey) : undefined, this.loadThread(threadId)]);
      await this.mergeRowThread(holder, threadId);
      return threadId;
    }
    if (!rowKey) return null; // Neither an id nor a title.
    const threadKey = (await this.threads.byRowKey(rowKey))?.threadKey ?? rowThreadKey(rowKey);
    await this.loadThread(threadKey);
    return threadKey;
  }

  async writeOpenThread(rowKey: string | null): Promise<void> {
    const open = this.batch.open;
    if (!open) return;
    const threadKey = await this.openThreadKey(rowKey);
    if (threadKey === null) return;
    this.upsertThread(threadKey, { threadId: open.threadId, rowKey, title: open.title, channel: open.channel, transcriptReadAt: this.transcriptReadAt(threadKey, rowKey), assignedTo: open.assignedTo });
    // Only a message not in this thread's own chunk may be stored under another thread (seen there in another batch).
    await this.chunks.locate(open.messages.flatMap((m) => (m.alias !== undefined ? [this.pageKey(m.id), this.pageKey(m.alias)] : [this.pageKey(m.id)])));
    const provisional = this.chunks.messagesOf(threadKey).filter((m) => m.provisional);
    const shown = open.messages.map((message) => this.writeMessage(threadKey, message, provisional));
    // What the transcript shows and does not confirm (same side, same time) was never sent.
    for (const stand of disprovedBy(provisional, shown)) this.removeProvisional(threadKey, stand, provisional);
  }

  /**
   * The batch's instant when the open transcript shows activity its row showed after the last
   * showing (this batch's row included), else null. *Why only then:* a change to the thread record
   * re-feeds the thread to the figures, which every batch of an open conversation need not do.
   */
  private transcriptReadAt(threadKey: ThreadKey, rowKey: string | null): number | null {
    const open = this.batch.open;
    if (!open || open.messages.length === 0) return null;
    const old = this.threads.get(threadKey);
    const rowNow = rowKey === null ? null : this.batch.rows.find((row) => row.key === rowKey)?.lastActivityAt;
    const activity = latestOf(old?.rowActivityAt, rowNow);
    return activity !== null && activity > (old?.transcriptReadAt ?? Number.NEGATIVE_INFINITY) ? this.batch.seenAt : null;
  }

  private removeProvisional(threadKey: ThreadKey, stand: MessageRecord, provisional: MessageRecord[]): void {
    this.chunks.remove(stand);
    provisional.splice(provisional.indexOf(stand), 1);
    this.noteChange(threadKey, stand.at);
  }

  /** A message id (Meta's or derived) as a store key. */
  private pageKey(id: string): string {
    return `${this.pageId}|${id}`;
  }

  /**
   * Merges a transcript message into its thread's chunk and returns its instant; `provisional`: the thread's list-derived
   * records not yet superseded. Found by its id or its alias, it is one record (message-merge.ts).
   */
  private writeMessage(threadKey: ThreadKey, seen: MessageSnapshot, provisional: MessageRecord[]): number {
    const old = this.chunks.find(this.pageKey(seen.id)) ?? (seen.alias !== undefined ? this.chunks.find(this.pageKey(seen.alias)) : undefined);
    const place = messagePlace(seen, old, (id) => this.pageKey(id));
    // Stored under its derived key and now seen with Meta's id: the record changes key.
    if (old && old.key !== place.key) {
      this.chunks.remove(old);
      if (old.threadKey !== threadKey) this.noteChange(old.threadKey, old.at);
    }
    const next = mergedMessage(old, seen, { ...place, pageId: this.pageId, threadKey, seenAt: this.batch.seenAt });
    // The real message supersedes what the list suggested for the same side and instant.
    for (const stand of supersededBy(provisional, next)) this.removeProvisional(threadKey, stand, provisional);
    if (old && sameRecord(old, next)) return next.at;
    // A message seen under another thread moves to this one: both threads change.
    const movedFrom = this.chunks.put(next);
    if (old && movedFrom !== null) this.noteChange(movedFrom, old.at);
    this.noteChange(threadKey, Math.min(next.at, old?.at ?? next.at));
    return next.at;
  }

  async writeRow(row: ListRowSnapshot): Promise<void> {
    const side: Side | null = row.lastFromPage === null ? null : row.lastFromPage ? 'page' : 'customer';
    const at = row.lastActivityAt;
    const key = side !== null && at !== null ? `${this.pageId}|row|${row.key}|${side}|${at}` : null;
    const [existing] = await Promise.all([this.threads.byRowKey(row.key), key ? this.chunks.locate([key]) : undefined]);
    const threadKey = existing?.threadKey ?? rowThreadKey(row.key);
    await this.loadThread(threadKey);
    this.upsertThread(threadKey, { threadId: null, rowKey: row.key, title: row.title, rowActivityAt: row.lastActivityAt });
    // A Page preview may be an instant reply: it answers nothing until the transcript is read (R14: not yet read).
    if (side !== 'customer' || at === null || key === null) return;
    const known = this.chunks.messagesOf(threadKey);
    if (known.some((m) => isSameMessage(m, side, at))) return;
    const movedFrom = this.chunks.put({ key, pageId: this.pageId, threadKey, messageId: null, at, atQuality: 'utime', from: side, automated: false, author: null, provisional: true });
    if (movedFrom !== null) this.noteChange(movedFrom, at);
    this.noteChange(threadKey, at);
  }
}
