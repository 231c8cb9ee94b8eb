/**
 * IndexedDB ingest in real Chromium, end to end: an extension page sends
 * `contentToBackground:observe` batches to the background service worker as the content script
 * does (runtime messaging), and the worker stores them (core/store ingestBatch: one transaction,
 * idempotent merge), refreshes the Page's metric model and publishes the per-thread states —
 * everything a batch costs. 10,000 messages per run: 20 batches of 500 (a long transcript read
 * when a conversation is opened) and then the same 10,000 as 1,000 batches of 10 across the list
 * (a busy inbox) in another Page. Figure: messages stored per second, median over runs.
 * BENCH_RUNS overrides the number of runs.
 *
 * The message ids of one batch sort next to each other (a prefix per batch), so ingest's range
 * probes (core/store/batch-chunks.ts) find each run of keys empty. The log also shows the worst case,
 * ids that interleave with the stored ones (every range occupied: each key looked up on its own).
 */
import { launchChromium } from '../e2e/chromium';
import { figure, type BenchFigure } from './figure';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** In the extension page: sends `batches` batches of `size` messages for Page `pageId`, one at a time; returns ms. */
async function sendBatches(args: { pageId: string; run: number; batches: number; size: number; interleaved?: boolean }): Promise<number> {
  const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { stored: boolean }; error?: string }> } } }).chrome;
  const start = Date.now() - 20 * 86_400_000;
  const t0 = performance.now();
  for (let b = 0; b < args.batches; b++) {
    const thread = `${args.run}${String(b).padStart(6, '0')}`;
    const messages = Array.from({ length: args.size }, (_, i) => ({
      id: args.interleaved ? `mid.$${String(i).padStart(4, '0')}r${args.run}b${b}` : `mid.$bench${args.pageId}r${args.run}b${b}m${i}`, from: i % 3 === 2 ? 'page' : 'customer', automated: false, author: null,
      at: start + (b * args.size + i) * 60_000, atQuality: 'utime',
    }));
    const reply = await chrome.runtime.sendMessage({ type: 'contentToBackground:observe', payload: {
      batchId: `bench-${args.pageId}-${args.run}-${b}`, pageId: args.pageId, channel: 'messenger', folder: 'inbox', seenAt: Date.now(),
      rows: [], open: { threadId: `1${thread.padStart(14, '0')}`, title: `Customer ${thread}`, rowKey: null, channel: 'messenger', messages }, awayBanner: null,
    } });
    if (!reply?.ok || !reply.value?.stored) throw new Error(`batch ${b} not stored: ${JSON.stringify(reply)}`);
  }
  return performance.now() - t0;
}

/**
 * In the extension page: the same machine's ceilings, for reading the figures — 5,000 records
 * written with an awaited get and put each (what v1's ingest did per message), 5,000 puts issued
 * at once in one transaction, and 5,000 messages as 10 records of 500 (a thread's chunk, with a
 * multiEntry index over its message keys, as schema v2 stores them). A separate database, deleted afterwards.
 */
async function rawCeilings(): Promise<{ sequential: number; batched: number; chunked: number }> {
  const request = <T>(q: IDBRequest<T>) => new Promise<T>((resolve, reject) => { q.onsuccess = () => resolve(q.result); q.onerror = () => reject(q.error); });
  const opening = indexedDB.open('replyclock-bench-raw', 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore('m', { keyPath: 'key' });
    opening.result.createObjectStore('chunks', { keyPath: 'key' }).createIndex('byMessage', 'ids', { multiEntry: true });
  };
  const db = await request(opening);
  let t0 = performance.now();
  const tx = db.transaction('m', 'readwrite');
  for (let i = 0; i < 5000; i++) {
    await request(tx.objectStore('m').get(`a${i}`));
    await request(tx.objectStore('m').put({ key: `a${i}`, at: i, from: 'customer' }));
  }
  const sequential = 5000 / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await new Promise<void>((resolve) => {
    const all = db.transaction('m', 'readwrite');
    for (let i = 0; i < 5000; i++) all.objectStore('m').put({ key: `b${i}`, at: i, from: 'customer' });
    all.oncomplete = () => resolve();
  });
  const batched = 5000 / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await new Promise<void>((resolve) => {
    const all = db.transaction('chunks', 'readwrite');
    for (let c = 0; c < 10; c++) {
      const messages = Array.from({ length: 500 }, (_, i) => ({ key: `c${c}m${i}`, at: i, from: 'customer' }));
      all.objectStore('chunks').put({ key: `c${c}`, ids: messages.map((m) => m.key), messages });
    }
    all.oncomplete = () => resolve();
  });
  const chunked = 5000 / ((performance.now() - t0) / 1000);
  db.close();
  indexedDB.deleteDatabase('replyclock-bench-raw');
  return { sequential, batched, chunked };
}

export default async function ingestChromiumBench(): Promise<BenchFigure[]> {
  const browser = await launchChromium();
  const large: number[] = [];
  const small: number[] = [];
  const interleaved: number[] = [];
  try {
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate(sendBatches, { pageId: '900', run: 0, batches: 2, size: 100 }); // warm-up: worker, database
    const raw = await page.evaluate(rawCeilings);
    console.error(`  ingest: this machine's IndexedDB — awaited get+put per record ${raw.sequential.toFixed(0)} /s, puts issued together ${raw.batched.toFixed(0)} /s, as records of 500 (thread chunks) ${raw.chunked.toFixed(0)} messages/s`);
    for (let run = 1; run <= RUNS; run++) {
      large.push(10_000 / ((await page.evaluate(sendBatches, { pageId: '901', run, batches: 20, size: 500 })) / 1000));
      small.push(10_000 / ((await page.evaluate(sendBatches, { pageId: '902', run, batches: 1000, size: 10 })) / 1000));
      interleaved.push(10_000 / ((await page.evaluate(sendBatches, { pageId: '903', run, batches: 20, size: 500, interleaved: true })) / 1000));
    }
  } finally {
    await browser.close();
  }
  console.error(`  ingest: 500-message batches ${large.map((x) => x.toFixed(0)).join(', ')} /s; 10-message batches ${small.map((x) => x.toFixed(0)).join(', ')} /s`);
  console.error(`  ingest: 500-message batches whose ids interleave with stored ones (worst case for the range probes) ${interleaved.map((x) => x.toFixed(0)).join(', ')} /s`);
  return [
    figure('IndexedDB ingest in Chromium, end to end (observe batches of 500)', large, 'messages/s', 10_000, 'higher'),
    figure('IndexedDB ingest in Chromium, end to end (observe batches of 10)', small, 'messages/s', 10_000, 'higher'),
  ];
}
