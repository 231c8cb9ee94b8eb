/**
 * Writes an observation batch so that nothing is lost or doubled: a message seen twice (list and
 * transcript, two tabs, re-sent after a worker restart) is one record; a re-sent batch is
 * acknowledged without being applied again. One transaction per batch.
 */
import type { IDBPTransaction } from 'idb';
import { rowKeyOf } from '@/core/inbox/thread-key';
import type { InstantQuality, ListRowSnapshot, MessageSnapshot } from '@/core/inbox/types';
import type { ObservationBatch } from '@/core/messages';
import type { Side } from '@/core/metrics/types';
import { openStore } from './connection';
import { rowThreadKey, threadRecordKey, type MessageRecord, type ReplyClockDB, type ThreadKey, type ThreadRecord } from './schema';
import { StoreWriteError } from './write-error';

/** A list-derived record and the transcript's message are the same when side matches and instants are this close. */
export const SAME_MESSAGE_TOLERANCE_MS = 60_000;
/** Banner sightings further apart than this are two Away periods, not one. */
export const BANNER_GAP_MS = 15 * 60_000;

const QUALITY_RANK: Record<InstantQuality, number> = { seen: 0, divider: 1, utime: 2 };

export interface IngestResult {
  /** The batch id was already applied: nothing was written again. */
  duplicate: boolean;
  /** Threads whose messages or attributes changed (cache refresh). */
  changedThreads: ThreadKey[];
  /** Threads merged into another one and gone. */
  removedThreads: ThreadKey[];
  /** Earliest instant of a message added or moved (for invalidating cached history), or null. */
  earliestChange: number | null;
}

/**
 * *Decision:* a row whose preview is the Page's own ("You: …") is recorded as a provisional page
 * message by a person only when it follows a stored customer message by more than the tolerance:
 * otherwise an answered conversation would stay "late" in the list until someone opens it. An
 * instant reply or away message comes within seconds of the customer's message, so it is not
 * mistaken for an answer; a later automation still could be, until the transcript supersedes it.
 */
function pageRowAnswers(known: readonly MessageRecord[], at: number): boolean {
  const lastCustomer = known.reduce((latest, m) => (m.from === 'customer' && m.at <= at && m.at > latest ? m.at : latest), -Infinity);
  return at - lastCustomer > SAME_MESSAGE_TOLERANCE_MS && Number.isFinite(lastCustomer);
}

type IngestTx = IDBPTransaction<ReplyClockDB, ('messages' | 'threads' | 'pages' | 'batches' | 'away' | 'history')[], 'readwrite'>;

/** The row key of the open conversation: the one the reader gave, its row in the same batch, else the key of its title. */
function openRowKey(batch: ObservationBatch): string | null {
  const open = batch.open as (ObservationBatch['open'] & { rowKey?: string | null }) | null;
  if (!open) return null;
  if (open.rowKey) return open.rowKey;
  if (!open.title) return null;
  return batch.rows.find((row) => row.title === open.title)?.key ?? rowKeyOf(open.title);
}

export async function ingestBatch(batch: ObservationBatch): Promise<IngestResult> {
  const db = await openStore();
  const tx: IngestTx = db.transaction(['messages', 'threads', 'pages', 'batches', 'away', 'history'], 'readwrite');
  const result: IngestResult = { duplicate: false, changedThreads: [], removedThreads: [], earliestChange: null };
  try {
    if (await tx.objectStore('batches').get(batch.batchId)) {
      result.duplicate = true;
      await tx.done;
      return result;
    }
    const writer = new BatchWriter(tx, batch, result);
    await writer.touchPage();
    await writer.writeOpenThread(openRowKey(batch));
    for (const row of batch.rows) await writer.writeRow(row);
    if (batch.awayBanner) await writer.recordBanner();
    await writer.invalidateHistory();
    await tx.objectStore('batches').put({ batchId: batch.batchId, at: batch.seenAt });
    await tx.done;
  } catch (error) {
    try { tx.abort(); } catch { /* already finished */ }
    await tx.done.catch(() => undefined);
    throw StoreWriteError.from(error);
  }
  return result;
}

class BatchWriter {
  private readonly pageId: string;
  constructor(private readonly tx: IngestTx, private readonly batch: ObservationBatch, private readonly result: IngestResult) {
    this.pageId = batch.pageId;
  }

  async touchPage(): Promise<void> {
    const pages = this.tx.objectStore('pages');
    const page = await pages.get(this.pageId);
    await pages.put({ pageId: this.pageId, pageName: page?.pageName ?? null, health: page?.health ?? null, healthAt: page?.healthAt ?? null, lastSeenAt: this.batch.seenAt });
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
  private async upsertThread(threadKey: ThreadKey, patch: { threadId: string | null; rowKey: string | null; title: string | null }): Promise<void> {
    const threads = this.tx.objectStore('threads');
    const key = threadRecordKey(this.pageId, threadKey);
    const old = await threads.get(key);
    const channel = this.batch.channel === 'all' ? old?.channel ?? 'unknown' : this.batch.channel;
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
    await threads.put(next);
  }

  /** The row-key thread and the real thread are one conversation: move the row thread's messages over. */
  private async mergeRowThread(rowKey: string, threadId: string): Promise<void> {
    const threads = this.tx.objectStore('threads');
    const holder = await this.threadByRowKey(rowKey);
    if (!holder || holder.threadKey === threadId) return;
    if (holder.threadId === null) {
      for (const message of await this.threadMessages(holder.threadKey)) {
        await this.tx.objectStore('messages').put({ ...message, threadKey: threadId });
        this.noteChange(threadId, message.at);
      }
      await threads.delete(holder.key);
      this.result.removedThreads.push(holder.threadKey);
    } else {
      // Another real thread had this title's key (two customers of the same name): the open one wins it.
      await threads.put({ ...holder, rowKey: null });
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
    await this.upsertThread(threadKey, { threadId: open.threadId, rowKey, title: open.title });
    const known = await this.threadMessages(threadKey);
    for (const message of open.messages) await this.writeMessage(threadKey, message, known);
  }

  private async writeMessage(threadKey: ThreadKey, seen: MessageSnapshot, known: MessageRecord[]): Promise<void> {
    const messages = this.tx.objectStore('messages');
    const key = `${this.pageId}|${seen.id}`;
    const at = seen.at ?? this.batch.seenAt;
    const atQuality: InstantQuality = seen.at === null ? 'seen' : seen.atQuality ?? 'seen';
    const old = await messages.get(key);
    const better = !old || QUALITY_RANK[atQuality] > QUALITY_RANK[old.atQuality];
    const next: MessageRecord = {
      key, pageId: this.pageId, threadKey, messageId: seen.id,
      at: better ? at : old.at, atQuality: better ? atQuality : old.atQuality,
      from: seen.from, automated: seen.automated, author: seen.author ?? old?.author ?? null, provisional: false,
    };
    // The real message supersedes what the list suggested for the same side and instant.
    for (let i = known.length - 1; i >= 0; i--) {
      const stand = known[i]!;
      if (stand.provisional && stand.from === next.from && Math.abs(stand.at - next.at) <= SAME_MESSAGE_TOLERANCE_MS) {
        await messages.delete(stand.key);
        known.splice(i, 1);
        this.noteChange(threadKey, stand.at);
      }
    }
    const unchanged = old && old.threadKey === next.threadKey && old.at === next.at && old.atQuality === next.atQuality
      && old.from === next.from && old.automated === next.automated && old.author === next.author;
    if (unchanged) return;
    if (old && old.threadKey !== threadKey) this.noteChange(old.threadKey, old.at);
    await messages.put(next);
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
    if (known.some((m) => m.from === side && Math.abs(m.at - at) <= SAME_MESSAGE_TOLERANCE_MS)) return;
    if (side === 'page' && !pageRowAnswers(known, at)) return;
    await this.tx.objectStore('messages').put({
      key: `${this.pageId}|row|${row.key}|${side}|${at}`, pageId: this.pageId, threadKey, messageId: null,
      at, atQuality: 'utime', from: side, automated: false, author: null, provisional: true,
    });
    this.noteChange(threadKey, at);
  }

  /** A "scheduled to be away" notice: Away from its first sighting to its last (R9). */
  async recordBanner(): Promise<void> {
    const away = this.tx.objectStore('away');
    const periods = await away.index('byPage').getAll(this.pageId);
    const seenAt = this.batch.seenAt;
    const latest = periods.filter((p) => p.source === 'banner').sort((a, b) => b.from - a.from)[0];
    if (latest && latest.to !== null && seenAt >= latest.from && seenAt - latest.to <= BANNER_GAP_MS) {
      if (seenAt > latest.to) await away.put({ ...latest, to: seenAt });
    } else {
      await away.add({ pageId: this.pageId, from: seenAt, to: seenAt, source: 'banner' });
    }
  }

  /** Cached daily points from the earliest changed instant on are no longer true. */
  async invalidateHistory(): Promise<void> {
    const since = this.result.earliestChange;
    if (since === null) return;
    const history = this.tx.objectStore('history');
    for (const point of await history.index('byPage').getAll(this.pageId)) {
      if (point.day + 26 * 3_600_000 > since) await history.delete([point.pageId, point.day]);
    }
  }
}
