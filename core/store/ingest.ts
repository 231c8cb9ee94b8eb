/**
 * Writes an observation batch so that nothing is lost or doubled: a message seen twice (list and
 * transcript, two tabs, re-sent after a worker restart) is one record; a re-sent batch is
 * acknowledged without being applied again. One transaction per batch.
 *
 * *Performance:* each awaited request is a round trip to the browser's IndexedDB process, and each
 * record put costs its index updates. So a thread's messages are one record (a
 * chunk, schema v2) read once and written once per batch; the lookups of messages not in the open
 * thread's chunk are issued all at once; writes are issued without awaiting each one (a transaction
 * runs its requests in the order they were issued) and the batch waits for them once, at its end.
 */
import { rowKeyOf } from '@/core/inbox/thread-key';
import type { ObservationBatch } from '@/core/messages';
import { openStore } from './connection';
import { writeAllOrNothing } from './write-error';
import { recordBannerSighting } from './away';
import { dropHistorySince } from './history';
import { BatchWriter, type IngestResult, type IngestTx } from './batch-writer';
import { pageIndex } from './message-index';

export type { IngestResult } from './batch-writer';

/** The row key of the open conversation: the one the reader gave, its row in the same batch, else the key of its title. */
function openRowKey(batch: ObservationBatch): string | null {
  const open = batch.open;
  if (!open) return null;
  if (open.rowKey) return open.rowKey;
  if (!open.title) return null;
  return batch.rows.find((row) => row.title === open.title)?.key ?? rowKeyOf(open.title);
}

/**
 * Stores one observation batch in one transaction, all or nothing. The Page's message index (which
 * thread holds each message) answers the lookups the batch needs and follows every chunk it writes.
 */
export async function ingestBatch(batch: ObservationBatch): Promise<IngestResult> {
  const db = await openStore();
  const tx: IngestTx = db.transaction(['threadMessages', 'threads', 'pages', 'batches', 'away', 'history'], 'readwrite');
  // Asked as the transaction is created (no await between): it sees what the index saw, or a bulk write's result.
  const index = pageIndex(batch.pageId);
  const result: IngestResult = { duplicate: false, changedThreads: [], removedThreads: [], earliestChange: null, awayChanged: false, written: [] };
  let writer: BatchWriter | null = null;
  await writeAllOrNothing(tx, async () => {
    writer = new BatchWriter(tx, batch, result, index);
    // Read together: one round trip, not three, in every batch however small (the open thread's reads are wasted on a re-sent batch only).
    const [applied, page] = await Promise.all([tx.objectStore('batches').get(batch.batchId), tx.objectStore('pages').get(batch.pageId), writer.prefetchOpenThread()]);
    if (applied) {
      result.duplicate = true;
      return;
    }
    try {
      writer.touchPage(page);
      await writer.writeOpenThread(openRowKey(batch));
      for (const row of batch.rows) await writer.writeRow(row);
      if (batch.awayBanner !== null) result.awayChanged = await recordBannerSighting(tx.objectStore('away'), batch.pageId, batch.seenAt, batch.awayBanner);
      if (result.earliestChange !== null) writer.issue(dropHistorySince(tx.objectStore('history'), batch.pageId, result.earliestChange));
      writer.issue(tx.objectStore('batches').put({ batchId: batch.batchId, at: batch.seenAt }));
      await writer.finish();
    } catch (error) {
      // A write that failed aborts the transaction, so later requests fail too (AbortError): report
      // the write's own error, which says whether the disk is full.
      throw writer.firstFailure ?? error;
    }
  });
  // Stored: the index follows what was written, before the Page's next batch asks it.
  for (const chunk of (writer as BatchWriter | null)?.chunksWritten ?? []) index?.setThread(chunk.threadKey, chunk.ids);
  return result;
}
