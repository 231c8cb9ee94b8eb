/**
 * IndexedDB ingest in real Chromium, end to end: an inbox tab's content-script world sends
 * `contentToBackground:observe` batches to the background service worker as the content script
 * does (runtime messaging; one tab per Page, since the worker takes a tab's batches only for the
 * Page its URL names), and the worker stores them (core/store ingestBatch: one transaction,
 * idempotent merge), refreshes the Page's metric model and publishes the per-thread states —
 * everything a batch costs. 10,000 messages per run: 20 batches of 500 (a long transcript read
 * when a conversation is opened) and then the same 10,000 as 1,000 batches of 10 across the list
 * (a busy inbox) in another Page. Figures: messages stored per second with batches of 500 (the
 * issue's ≥ 10,000/s), and the round trip of one 10-message batch, which is bound by latency, not
 * throughput (a runtime message and a transaction each): it must stay under a frame (16 ms), since
 * the content script sends at most a batch per frame and merges what queues behind the one in
 * flight (core/observations/batch-merge.ts). Medians over runs. BENCH_RUNS overrides the number of runs.
 *
 * The message ids look like Messenger's (`mid.$c` and 29 base64url characters, pseudo-random from a
 * seed, so every run sends the same ones): they do not sort together, and the figure must hold for
 * any ids. The log also shows ids that sort together (a prefix per batch) and ids that interleave
 * with the stored ones (the best and worst cases of the store's range probes, which the worker does
 * not need while it holds its in-memory message index).
 */
import type { Page } from 'playwright-core';
import { DEMO_INBOX_URL } from '../demo/serve';
import { launchChromium } from '../e2e/chromium';
import { evaluateInContentScript } from '../support/content-world';
import { figure, type BenchFigure } from './figure';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** In an inbox tab's content-script world: sends `batches` batches of `size` messages for Page `pageId`, one at a time; returns ms. */
async function sendBatches(args: { pageId: string; run: number; batches: number; size: number; ids: 'realistic' | 'sorted' | 'interleaved' }): Promise<number> {
  const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // mulberry32: a small seeded generator (this function runs in the page, so it is written out here).
  let seed = Number(args.pageId) * 7919 + args.run;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const messengerId = () => `mid.$c${Array.from({ length: 29 }, () => BASE64URL[Math.floor(random() * 64)]).join('')}`;
  const idOf = (b: number, i: number) =>
    args.ids === 'realistic' ? messengerId()
      : args.ids === 'interleaved' ? `mid.$${String(i).padStart(4, '0')}r${args.run}b${b}`
        : `mid.$bench${args.pageId}r${args.run}b${b}m${i}`;
  const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { stored: boolean }; error?: string }> } } }).chrome;
  const start = Date.now() - 20 * 86_400_000;
  const t0 = performance.now();
  for (let b = 0; b < args.batches; b++) {
    const thread = `${args.run}${String(b).padStart(6, '0')}`;
    const messages = Array.from({ length: args.size }, (_, i) => ({
      id: idOf(b, i), from: i % 3 === 2 ? 'page' : 'customer', automated: false, author: null,
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
  const sorted: number[] = [];
  const interleaved: number[] = [];
  try {
    const page = await browser.openExtensionPage('options.html');
    const tabs = new Map<string, Page>();
    const send = async (args: Parameters<typeof sendBatches>[0]) => {
      let tab = tabs.get(args.pageId);
      if (!tab) {
        tab = await browser.openInbox(DEMO_INBOX_URL.replace(/asset_id=\d+&mailbox_id=\d+/, `asset_id=${args.pageId}&mailbox_id=${args.pageId}`));
        tabs.set(args.pageId, tab);
      }
      return evaluateInContentScript(tab, browser.extensionId, sendBatches, args);
    };
    await send({ pageId: '900', run: 0, batches: 2, size: 100, ids: 'realistic' }); // warm-up: worker, database
    const raw = await page.evaluate(rawCeilings);
    console.error(`  ingest: this machine's IndexedDB — awaited get+put per record ${raw.sequential.toFixed(0)} /s, puts issued together ${raw.batched.toFixed(0)} /s, as records of 500 (thread chunks) ${raw.chunked.toFixed(0)} messages/s`);
    for (let run = 1; run <= RUNS; run++) {
      large.push(10_000 / ((await send({ pageId: '901', run, batches: 20, size: 500, ids: 'realistic' })) / 1000));
      small.push((await send({ pageId: '902', run, batches: 1000, size: 10, ids: 'realistic' })) / 1000);
      sorted.push(10_000 / ((await send({ pageId: '903', run, batches: 20, size: 500, ids: 'sorted' })) / 1000));
      interleaved.push(10_000 / ((await send({ pageId: '904', run, batches: 20, size: 500, ids: 'interleaved' })) / 1000));
    }
  } finally {
    await browser.close();
  }
  console.error(`  ingest: 500-message batches ${large.map((x) => x.toFixed(0)).join(', ')} /s; 10-message batches ${small.map((x) => x.toFixed(1)).join(', ')} ms each`);
  console.error(`  ingest: 500-message batches whose ids sort together (best case for the range probes) ${sorted.map((x) => x.toFixed(0)).join(', ')} /s`);
  console.error(`  ingest: 500-message batches whose ids interleave with stored ones (worst case for the range probes) ${interleaved.map((x) => x.toFixed(0)).join(', ')} /s`);
  return [
    figure('IndexedDB ingest in Chromium, end to end (observe batches of 500, Messenger-like ids)', large, 'messages/s', 10_000, 'higher'),
    figure('IndexedDB ingest in Chromium, end to end: one observe batch of 10 messages (round trip)', small, 'ms', 16, 'lower'),
  ];
}
