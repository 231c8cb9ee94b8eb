/**
 * What a user feels of the extension: its longest main-thread task, in real Chromium with the built
 * extension, on a generated inbox of 1,000 rows (every row in the DOM) — on load (the content
 * script's first read, time-zone data included) and during a burst of changes (new messages and row
 * activity). Cold: the first load in a fresh browser; warm: a reload in the same browser.
 *
 * Attribution from a Chrome trace of the tab (CDP Tracing, devtools.timeline): for each top-level
 * task of the threads that run the extension's scripts (chrome-extension://<id>/), the time of the
 * outermost calls into them; the figure is the largest such share of one task.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { generatedPage, MUTATE, URL_OPEN } from '../support/generated-inbox';
import { pause } from '../support/page-pair';
import { figure, type BenchFigure } from './figure';

const ROWS = 1000;
const BURST = 50;
const LOADS = Number(process.env.BENCH_RUNS ?? 5);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { url?: string; scriptName?: string } } }

async function traced(cdp: CDPSession, body: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => { events.push(...(value as unknown as TraceEvent[])); });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await body();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The longest time one task spent in the extension's scripts, ms (per thread: a navigation may move the tab to a new renderer). */
function longestExtensionTask(events: TraceEvent[], extensionOrigin: string): number {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const complete = events.filter((e) => e.ph === 'X');
  const calls = complete.filter((e) => ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireIdleCallback', 'EventDispatch'].includes(e.name) && (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(extensionOrigin));
  // Nothing attributed would read as a perfect 0 ms: a trace that lost the extension's calls fails instead.
  if (!calls.length) throw new Error(`no call into ${extensionOrigin} in the trace (${complete.length} complete events)`);
  calls.sort((a, b) => a.ts - b.ts);
  const threads = new Set(calls.map(thread));
  const tasks = complete.filter((e) => e.name === 'RunTask' && threads.has(thread(e)));
  let longest = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    // Outermost extension calls within the task, so that nested ones are not counted twice.
    let inTask = 0;
    let coveredUntil = -Infinity;
    for (const call of calls) {
      if (thread(call) !== thread(task) || call.ts < task.ts || call.ts >= end || call.ts < coveredUntil) continue;
      inTask += call.dur ?? 0;
      coveredUntil = call.ts + (call.dur ?? 0);
    }
    longest = Math.max(longest, inTask / 1000);
  }
  return longest;
}

async function loadAndBurst(page: Page, cdp: CDPSession, origin: string): Promise<{ load: number; burst: number }> {
  const load = longestExtensionTask(await traced(cdp, async () => {
    await page.goto(URL_OPEN);
    await page.waitForFunction(() => document.querySelectorAll('[data-replyclock-badge]').length > 0 || document.documentElement.dataset.replyclock, null, { timeout: 20_000 });
    await pause(2000); // the first read, its batch and the badges' states
  }), origin);
  const burst = longestExtensionTask(await traced(cdp, async () => {
    for (let n = 1; n <= BURST; n++) await page.evaluate(({ source, n }) => (new Function(`return ${source}`)() as (n: number, doc: Document) => void)(n, document), { source: MUTATE, n });
    await pause(1500);
  }), origin);
  return { load, burst };
}

export default async function longTaskBench(): Promise<BenchFigure[]> {
  const samples = { coldLoad: [] as number[], warmLoad: [] as number[], coldBurst: [] as number[], warmBurst: [] as number[] };
  for (let i = 0; i < LOADS; i++) {
    const browser = await launchChromium();
    try {
      await browser.context.route('https://business.facebook.com/latest/inbox/**', (route) => route.fulfill({ contentType: 'text/html', body: generatedPage(ROWS) }));
      const origin = `chrome-extension://${browser.extensionId}/`;
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const cold = await loadAndBurst(page, cdp, origin);
      const warm = await loadAndBurst(page, cdp, origin);
      samples.coldLoad.push(cold.load); samples.coldBurst.push(cold.burst);
      samples.warmLoad.push(warm.load); samples.warmBurst.push(warm.burst);
    } finally {
      await browser.close();
    }
  }
  console.error(`  long tasks: load cold ${samples.coldLoad.map((x) => x.toFixed(1)).join(', ')} ms, warm ${samples.warmLoad.map((x) => x.toFixed(1)).join(', ')} ms; burst cold ${samples.coldBurst.map((x) => x.toFixed(1)).join(', ')}, warm ${samples.warmBurst.map((x) => x.toFixed(1)).join(', ')} ms`);
  return [
    figure('longest extension task on inbox load, 1,000 rows, cold (Chromium)', samples.coldLoad, 'ms', 16, 'lower'),
    figure('longest extension task on inbox load, 1,000 rows, warm (Chromium)', samples.warmLoad, 'ms', 16, 'lower'),
    figure('longest extension task during a burst, 1,000 rows, cold (Chromium)', samples.coldBurst, 'ms', 16, 'lower'),
    figure('longest extension task during a burst, 1,000 rows, warm (Chromium)', samples.warmBurst, 'ms', 16, 'lower'),
  ];
}
