/**
 * The inbox reader's cost: the initial scan of a generated 1,000-row list (with an open
 * 40-message conversation) and one mutation batch (a new message and a row's new activity),
 * in happy-dom here and in real Chromium (playwright-core, /usr/bin/chromium) when it is installed.
 * Budgets are the real browser's (≤ 10 ms and ≤ 0.5 ms); happy-dom computes styles in JavaScript
 * and gets its own, looser budgets so that a regression still shows. In Chromium the scan is
 * measured twice: cold (the first read in a fresh page: unoptimised code, the time-zone data
 * loaded for the first time, read in slices as on inbox load; ≤ 30 ms in all, no task over 16 ms)
 * and warm (the scans after it, each in one task).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { readInbox } from '@/core/inbox/read';
import { watchInbox } from '@/core/inbox/watch';
import type { readInboxAndRowsInSlices } from '@/core/inbox/read';
import type { localTimeZone } from '@/core/time-zone';
import type { TimeSlice } from '@/core/time-slices';
import { generatedPage, MUTATE, NOW, URL_OPEN } from '../support/generated-inbox';
import { figure, type BenchFigure } from './figure';

const ROWS = 1000;
/** Fresh pages for the cold first scan: one sample each. */
const COLD_PAGES = 5;

async function inHappyDom(): Promise<BenchFigure[]> {
  const window = new Window({ url: URL_OPEN });
  window.document.write(generatedPage(ROWS));
  const document = window.document as unknown as Document;
  const view = window as unknown as globalThis.Window;
  const ctx = { now: NOW, timeZone: 'Europe/Oslo', locale: 'en', view };
  const scans: number[] = [];
  let snapshot = readInbox(document, URL_OPEN, ctx);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    snapshot = readInbox(document, URL_OPEN, ctx);
    scans.push(performance.now() - start);
  }
  if (snapshot.threads.length !== ROWS || snapshot.open?.messages.length !== 40) throw new Error(`reader bench: read ${snapshot.threads.length} rows`);
  const batches: number[] = [];
  const controller = new AbortController();
  let flushNow: (() => void) | null = null;
  let changes = 0;
  watchInbox({ document, view, context: () => ctx, signal: controller.signal, initial: snapshot, onChange: () => changes++, onNavigate: () => {}, schedule: (f) => { flushNow = f; } });
  const mutate = new Function(`return ${MUTATE}`)() as (n: number, doc: Document) => void;
  for (let n = 1; n <= 20; n++) {
    mutate(n, document);
    await new Promise((r) => setTimeout(r, 0));
    const flush = flushNow as (() => void) | null;
    flushNow = null;
    if (!flush) continue;
    const start = performance.now();
    flush();
    batches.push(performance.now() - start);
  }
  controller.abort();
  if (changes < 10) throw new Error(`reader bench: only ${changes} batches reported`);
  await window.happyDOM.close();
  return [
    figure('reader: initial scan, 1,000 rows + 40 messages (happy-dom)', scans, 'ms', 2000, 'lower'),
    figure('reader: one mutation batch (happy-dom)', batches, 'ms', 200, 'lower'),
  ];
}

async function inChromium(): Promise<BenchFigure[]> {
  if (!existsSync('/usr/bin/chromium')) return [];
  const { chromium } = await import('playwright-core');
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const bundle = await build({
    stdin: { contents: `export { readInbox, readInboxAndRowsInSlices } from '@/core/inbox/read'; export { watchInbox } from '@/core/inbox/watch'; export { localTimeZone } from '@/core/time-zone'; export { TimeSlice } from '@/core/time-slices';`, resolveDir: root, loader: 'ts' },
    bundle: true, format: 'iife', globalName: 'Reader', write: false, alias: { '@': root }, logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-'));
  const browser = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    await browser.route('https://business.facebook.com/**', (route) => route.fulfill({ contentType: 'text/html', body: generatedPage(ROWS) }));
    // tsx keeps function names with a __name helper that the page does not have.
    const readerScript = `window.__name = (f) => f;\n${bundle.outputFiles[0]!.text}`;
    // The first read as the content script makes it: the time zone in a task of its own, then the
    // rows in slices. `total`: the time of all its tasks; `longest`: the longest of them.
    const colds: { total: number; longest: number }[] = [];
    for (let i = 0; i < COLD_PAGES; i++) {
      const fresh = await browser.newPage();
      await fresh.goto(URL_OPEN);
      await fresh.addScriptTag({ content: readerScript });
      colds.push(await fresh.evaluate(async () => {
        const R = (window as unknown as { Reader: { readInboxAndRowsInSlices: typeof readInboxAndRowsInSlices; localTimeZone: typeof localTimeZone; TimeSlice: typeof TimeSlice } }).Reader;
        const tasks: number[] = [];
        let began = performance.now();
        const yieldTask = () => {
          tasks.push(performance.now() - began);
          return new Promise<void>((resolve) => setTimeout(() => { began = performance.now(); resolve(); }, 0));
        };
        const slice = new R.TimeSlice({ yieldTask });
        const now = Date.now();
        const ctx = { now, timeZone: R.localTimeZone(now), locale: 'en', view: window };
        await slice.fresh();
        const { snapshot } = await R.readInboxAndRowsInSlices(document, location.href, ctx, slice);
        tasks.push(performance.now() - began);
        if (snapshot.threads.length !== 1000) throw new Error(`read ${snapshot.threads.length} rows`);
        return { total: tasks.reduce((a, b) => a + b, 0), longest: Math.max(...tasks) };
      }));
      await fresh.close();
    }
    console.error(`  reader: cold first scans in Chromium ${colds.map((x) => `${x.total.toFixed(1)} (longest task ${x.longest.toFixed(1)})`).join(', ')} ms`);
    const page = await browser.newPage();
    await page.goto(URL_OPEN);
    await page.addScriptTag({ content: readerScript });
    const result = await page.evaluate(async ({ mutateSource, now }) => {
      const R = (window as unknown as { Reader: { readInbox: typeof readInbox; watchInbox: typeof watchInbox } }).Reader;
      const ctx = { now, timeZone: 'Europe/Oslo', locale: 'en', view: window };
      const scans: number[] = [];
      let snapshot = R.readInbox(document, location.href, ctx);
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        snapshot = R.readInbox(document, location.href, ctx);
        scans.push(performance.now() - start);
      }
      let pending: (() => void) | null = null;
      const controller = new AbortController();
      R.watchInbox({ document, view: window, context: () => ctx, signal: controller.signal, initial: snapshot, onChange: () => {}, onNavigate: () => {}, schedule: (f) => { pending = f; } });
      const mutate = new Function(`return ${mutateSource}`)() as (n: number, doc: Document) => void;
      const batches: number[] = [];
      for (let n = 1; n <= 30; n++) {
        mutate(n, document);
        await new Promise((r) => setTimeout(r, 0));
        const flush = pending as (() => void) | null;
        pending = null;
        if (!flush) continue;
        // The page's own mutation already made the browser restyle for the next frame; pay that here, not in the reader.
        void document.body.offsetHeight;
        const start = performance.now();
        flush();
        batches.push(performance.now() - start);
      }
      controller.abort();
      return { scans, batches, rows: snapshot.threads.length };
    }, { mutateSource: MUTATE, now: NOW });
    console.error(`  reader: single scans in Chromium ${result.scans.map((x) => x.toFixed(1)).join(', ')} ms`);
    if (result.rows !== ROWS) throw new Error(`reader bench (Chromium): read ${result.rows} rows`);
    return [
      figure('reader: first scan cold (fresh page, time zone included), 1,000 rows + 40 messages, in all (Chromium)', colds.map((c) => c.total), 'ms', 30, 'lower'),
      figure('reader: first scan cold, its longest task (Chromium)', colds.map((c) => c.longest), 'ms', 16, 'lower'),
      figure('reader: initial scan warm, 1,000 rows + 40 messages (Chromium)', result.scans, 'ms', 10, 'lower'),
      figure('reader: one mutation batch (Chromium)', result.batches, 'ms', 0.5, 'lower'),
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function readerBench(): Promise<BenchFigure[]> {
  return [...(await inHappyDom()), ...(await inChromium())];
}
