/**
 * `contentToBackground:observe` and `contentToBackground:health`: store what the content script
 * saw, then recompute and push. A batch that cannot be stored is answered `stored: false` with a
 * message in the user's language; the content script keeps it and sends it again.
 */
import type { ReaderHealth } from '@/core/inbox/types';
import type { ObservationBatch, ReplyOf } from '@/core/messages';
import { ingestBatch } from '@/core/store/ingest';
import { recordHealth } from '@/core/store/pages';
import { StoreWriteError } from '@/core/store/write-error';
import { localeText } from './locale-text';
import { pageFigures } from './page-figures';
import { pageNow, publishPage } from './publish';

export async function handleObserve(batch: ObservationBatch, now: number, senderTabId: number | null = null): Promise<ReplyOf<'contentToBackground:observe'>> {
  let result;
  try {
    result = await ingestBatch(batch);
  } catch (error) {
    const failure = StoreWriteError.from(error);
    console.warn('ReplyClock: a batch could not be stored', failure.cause ?? failure);
    return { acknowledged: batch.batchId, states: [], stored: false, error: localeText(failure.messageKey) };
  }
  const figures = await pageFigures(batch.pageId);
  await figures.refresh(result.changedThreads, result.removedThreads);
  if (result.awayChanged) await figures.reloadAway();
  const { states } = result.duplicate ? await pageNow(batch.pageId, now) : await publishPage(batch.pageId, now, senderTabId);
  return { acknowledged: batch.batchId, states, stored: true, error: null };
}

export async function handleHealth(payload: { pageId: string | null; health: ReaderHealth }, now: number): Promise<null> {
  if (payload.pageId) await recordHealth(payload.pageId, payload.health, now);
  return null;
}
