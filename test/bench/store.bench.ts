/**
 * The background's speed, in Node over fake-indexeddb (the real-Chromium ingest figure is
 * measured by the e2e harness): batch ingest throughput, the rebuild of a Page's figures after a
 * worker restart, and the recompute-and-push of a Page holding 100 000 messages.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ObservationBatch } from '@/core/messages';
import type { MessageRecord, ThreadRecord } from '@/core/store/schema';
import { chunkRecord } from '@/core/store/thread-chunk';
import { figure, type BenchFigure } from './figure';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

// The worker's `browser` is the fake one here, as in the unit tests.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
tabs.query = async () => [{ id: 1, url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=999', active: true, index: 0, highlighted: false, incognito: false, pinned: false, windowId: 1 }];
tabs.sendMessage = async () => ({ ok: true, value: null });

const { ingestBatch } = await import('@/core/store/ingest');
const { openStore } = await import('@/core/store/connection');
const { pageFigures, forgetPageFigures } = await import('@/core/pages/page-figures');
const { publishPage } = await import('@/core/pages/publish');
const { handleObserve } = await import('@/core/pages/observe');

/** Batch `i`: a transcript of 20 messages starting `i` × 10 minutes after `base` (all in the past at NOW). */
function observation(i: number, pageId: string, base = NOW - 20 * DAY): ObservationBatch {
  const start = base + (i % 2000) * 10 * MINUTE;
  return {
    batchId: `bench-${pageId}-${i}`, pageId, channel: 'messenger', folder: 'inbox', seenAt: start + 60 * MINUTE, awayBanner: null,
    rows: Array.from({ length: 20 }, (_, r) => ({ key: `title:row ${i} ${r}`, title: `Row ${i} ${r}`, lastActivityAt: start - r * MINUTE, lastFromPage: r % 2 === 0, unread: false })),
    open: {
      threadId: `9${String(i).padStart(14, '0')}`, title: `Row ${i} 0`,
      messages: Array.from({ length: 20 }, (_, m) => ({ id: `mid.$${i}.${m}`, from: m % 2 ? 'page' : 'customer', automated: false, author: null, at: start + m * MINUTE, atMin: start + m * MINUTE, atMax: start + m * MINUTE, atQuality: 'utime' })),
    },
  };
}

/** Writes a Page of `threads` threads × 5 messages straight into the store (the state after weeks of use). */
async function seedPage(pageId: string, threads: number): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['threads', 'threadMessages', 'pages'], 'readwrite');
  const writes: Array<Promise<unknown>> = [tx.objectStore('pages').put({ pageId, pageName: null, lastSeenAt: NOW, health: null, healthAt: null })];
  for (let t = 0; t < threads; t++) {
    const threadKey = `1${String(t).padStart(14, '0')}`;
    const start = NOW - 2 * 60 * MINUTE - ((t * 7919) % (58 * 1440)) * MINUTE;
    const reply = (1 + (t % 40)) * MINUTE;
    const thread: ThreadRecord = { key: `${pageId}|${threadKey}`, pageId, threadKey, threadId: threadKey, rowKey: `title:customer ${t}`, title: `Customer ${t}`, channel: 'messenger', folder: 'inbox', lastSeenAt: NOW };
    writes.push(tx.objectStore('threads').put(thread));
    const shape: Array<[number, 'customer' | 'page']> = t % 50 === 0
      ? [[0, 'customer'], [1, 'customer'], [2, 'customer'], [3, 'customer'], [4, 'customer']]
      : [[0, 'customer'], [reply, 'page'], [reply + 5 * MINUTE, 'customer'], [reply + 9 * MINUTE, 'page'], [reply + 30 * MINUTE, 'page']];
    const messages = shape.map(([offset, from], m): MessageRecord => ({ key: `${pageId}|mid.$seed.${t}.${m}`, pageId, threadKey, messageId: `mid.$seed.${t}.${m}`, at: start + offset, atQuality: 'utime', from, automated: false, author: null, provisional: false }));
    writes.push(tx.objectStore('threadMessages').put(chunkRecord(pageId, threadKey, messages)!));
  }
  await Promise.all(writes);
  await tx.done;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export default async function storeBench(): Promise<BenchFigure[]> {
  // Ingest: 200 batches of 20 rows + a 20-message transcript.
  const batches = 200;
  const ingestSeconds = (await time(async () => { for (let i = 0; i < batches; i++) await ingestBatch(observation(i, '111')); })) / 1000;
  const perBatchMs: number[] = [];
  for (let i = batches; i < batches + 50; i++) perBatchMs.push(await time(() => ingestBatch(observation(i, '111'))));
  const messagesPerSecond = (batches * 20) / ingestSeconds;

  // A Page with 100 000 messages (20 000 threads × 5).
  await seedPage('999', 20_000);
  const rebuild: number[] = [];
  for (let i = 0; i < 3; i++) {
    forgetPageFigures('999');
    rebuild.push(await time(() => pageFigures('999')));
  }
  for (let i = 0; i < 5; i++) await publishPage('999', NOW + i * MINUTE); // warm-up
  const publish: number[] = [];
  for (let i = 0; i < 30; i++) publish.push(await time(() => publishPage('999', NOW + (5 + i) * MINUTE)));
  const observe: number[] = [];
  for (let i = 0; i < 30; i++) {
    const b = observation(10_000 + i, '999', NOW - 2 * DAY);
    observe.push(await time(() => handleObserve({ ...b, rows: b.rows.slice(0, 5) }, NOW + 40 * MINUTE)));
  }
  const banner: number[] = [];
  for (let i = 0; i < 10; i++) {
    const b = observation(20_000 + i, '999', NOW - 2 * DAY);
    banner.push(await time(() => handleObserve({ ...b, rows: b.rows.slice(0, 5), awayBanner: true, seenAt: NOW + 41 * MINUTE + i * 1000 }, NOW + 41 * MINUTE + i * 1000)));
  }
  // The 30-day chart: 29 finished days computed once (then cached) and today live.
  const { dailyHistory } = await import('@/core/pages/history');
  const history = [await time(async () => dailyHistory(await pageFigures('999'), NOW + 42 * MINUTE))];
  const historyCached = [await time(async () => dailyHistory(await pageFigures('999'), NOW + 42 * MINUTE))];
  return [
    figure('store: ingest throughput, 20-message batches (fake-indexeddb)', [messagesPerSecond], 'messages/s', 1000, 'higher'),
    figure('store: ingest one batch of 20 rows + 20 messages (fake-indexeddb)', perBatchMs, 'ms', 50, 'lower'),
    figure('background: rebuild a 100 000-message Page after a worker restart (fake-indexeddb)', rebuild, 'ms', 5000, 'lower'),
    figure('background: recompute and push, 100 000-message Page, warm', publish, 'ms', 50, 'lower'),
    figure('background: observe → store → recompute → push, 100 000-message Page', observe, 'ms', 100, 'lower'),
    figure('background: the same while an Away banner shows (Away periods re-applied), 100 000-message Page', banner, 'ms', 500, 'lower'),
    figure('background: 30-day history, 100 000-message Page, first time today', history, 'ms', 1500, 'lower'),
    figure('background: 30-day history, 100 000-message Page, cached', historyCached, 'ms', 50, 'lower'),
  ];
}
