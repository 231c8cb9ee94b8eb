/**
 * `contentToBackground:observe` and `contentToBackground:health`: store what the content script
 * saw, then recompute and push. A batch that cannot be stored is answered `stored: false` with the
 * reason; the content script sends it again a few times and reports the failure (delivery.ts).
 *
 * The batches of one Page are stored one after another, each with the Page's figures loaded first
 * and refreshed after it: ingest reads the figures' message index (which thread holds each
 * message), so the index must have followed the previous batch before the next one reads it — else
 * a message moving between threads could be stored twice. Publishing is outside that queue.
 */
import type { ReaderHealth } from '@/core/inbox/types';
import type { MessageSender, ObservationBatch, ReplyOf, RequestOf, ThreadStatesUpdate } from '@/core/messages';
import { ingestBatch, type IngestResult } from '@/core/store/ingest';
import { recordHealth } from '@/core/store/pages';
import { StoreWriteError } from '@/core/store/write-error';
import { forgetPageFigures, pageFigures } from './page-figures';
import { pageNow, publishPage, statesUpdate } from './publish';

/** Per Page, the end of the last batch queued (settled either way). */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after the Page's batches queued before it, whether they were stored or not. */
function queued<T>(pageId: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(pageId) ?? Promise.resolve();
  const run = previous.then(work);
  const settled = run.catch(() => undefined);
  queues.set(pageId, settled);
  void settled.then(() => { if (queues.get(pageId) === settled) queues.delete(pageId); });
  return run;
}

/** Stores the batch and brings the Page's figures up to date with it. A failed write changes neither. */
async function storeBatch(batch: ObservationBatch): Promise<IngestResult> {
  const figures = await pageFigures(batch.pageId);
  const result = await ingestBatch(batch);
  try {
    await figures.refresh(result.changedThreads, result.removedThreads, result.written);
    if (result.awayChanged) await figures.reloadAway();
  } catch (error) {
    // The batch is stored but the figures did not follow it: they are rebuilt on next use.
    forgetPageFigures(batch.pageId);
    console.warn('ReplyClock: the figures could not follow a stored batch; rebuilding them', error);
  }
  return result;
}

export async function handleObserve(batch: ObservationBatch, now: number, senderTabId: number | null = null): Promise<ReplyOf<'contentToBackground:observe'>> {
  let result: IngestResult;
  try {
    result = await queued(batch.pageId, () => storeBatch(batch));
  } catch (error) {
    const failure = StoreWriteError.from(error);
    console.warn('ReplyClock: a batch could not be stored', failure.cause ?? failure);
    return { acknowledged: batch.batchId, states: [], stored: false, failure: failure.reason }; // not applied: the tab keeps the batch
  }
  // A re-sent batch changed nothing: it is answered with every state. A sighting of the Away banner changes them all.
  const changes = { changed: result.changedThreads, removed: result.removedThreads };
  const update = result.duplicate ? statesUpdate(await pageNow(batch.pageId, now), null) : (await publishPage(batch.pageId, now, senderTabId, result.awayChanged ? null : changes)).update;
  return { acknowledged: batch.batchId, ...update, stored: true, failure: null };
}

/** `contentToBackground:threadStates`: every state of the Page, for a tab starting on it. */
export async function handleStatesRequest({ pageId }: { pageId: string }, now: number): Promise<ThreadStatesUpdate> {
  return statesUpdate(await pageNow(pageId, now), null);
}

export async function handleHealth(payload: { pageId: string | null; health: ReaderHealth }, now: number): Promise<null> {
  if (payload.pageId) await recordHealth(payload.pageId, payload.health, now);
  return null;
}

/**
 * A tab's batch, stored under the Page the tab's URL shows: a batch read on another Page (sent
 * after the tab moved on) is refused, and the tab drops it.
 */
export async function observeFromTab(batch: ObservationBatch, tab: MessageSender, now: number): Promise<ReplyOf<'contentToBackground:observe'>> {
  if (batch.pageId !== tab.pageId) throw new Error(`A batch of Page ${batch.pageId} from a tab on Page ${tab.pageId ?? 'unknown'} is refused`);
  return handleObserve(batch, now, tab.tabId);
}

/** `contentToBackground:threadStates` from a tab: its Page's states (none when its URL names no Page). */
export async function statesForTab(tab: MessageSender, now: number): Promise<ThreadStatesUpdate> {
  return tab.pageId ? handleStatesRequest({ pageId: tab.pageId }, now) : { states: [] };
}

/** `contentToBackground:health` from a tab: recorded for the Page its URL shows. */
export function healthFromTab({ health }: RequestOf<'contentToBackground:health'>, tab: MessageSender, now: number): Promise<null> {
  return handleHealth({ pageId: tab.pageId, health }, now);
}
