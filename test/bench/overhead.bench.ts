/**
 * Page overhead in real Chromium: main-thread CPU time (CDP Performance.getMetrics ThreadTime) of
 * the demo inbox while 1,000 customer messages arrive across 50 conversations (in chunks of 20
 * per 16 ms, the open conversation among them), plus 1.5 s for the extension to catch up (its
 * batches, acknowledgements and badge updates), WITH the extension ÷ WITHOUT it. Runs alternate
 * between the two browsers (test/stress/page-pair.ts); the figure is the median of the per-pair
 * ratios. CPU time, not the wall time of the tasks (TaskDuration, logged beside it): on two cores
 * the page's tasks also wait while the extension's worker or the test driver holds the CPU, which
 * made the wall ratio swing 1.0–1.2 between identical runs. A second figure isolates the content script's own JS time (CDP ScriptDuration, which
 * does not count the demo driven through evaluate) as a share of the page's main thread.
 * BENCH_RUNS overrides the number of pairs.
 */
import type { DemoSeed } from '../demo/page/api';
import { alternatingRuns, pause, scriptMs, taskMs, threadMs, type DemoBrowser } from '../stress/page-pair';
import { figure, type BenchFigure } from './figure';

const PAIRS = Number(process.env.BENCH_RUNS ?? 5);
const CUSTOMERS = Array.from({ length: 50 }, (_, i) => `Customer ${String(i).padStart(2, '0')}`);
const SEED = { threads: CUSTOMERS.map((name, i) => ({ name, messages: [{ from: 'customer' as const, minutesAgo: 600 + i }, { from: 'page' as const, minutesAgo: 590 + i }] })), open: CUSTOMERS[0] } satisfies DemoSeed;

/** In the page: 1,000 messages, 20 per chunk, one chunk per 16 ms. */
async function burst(names: string[]): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    window.demoInbox.customerWrites(names[(i * 7) % names.length]!, `Message ${i}: do you ship to Oslo?`);
    if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** Main-thread task time and script time (ms) of the page's renderer during the burst and the catch-up. */
interface RunTimes { cpu: number; task: number; script: number }

async function oneRun(browser: DemoBrowser): Promise<RunTimes> {
  const { page, cdp } = await browser.openInbox();
  const now = async (): Promise<RunTimes> => ({ cpu: await threadMs(cdp), task: await taskMs(cdp), script: await scriptMs(cdp) });
  try {
    await cdp.send('Performance.enable');
    await pause(1000); // the first read and its round trip settle
    const before = await now();
    await page.evaluate(burst, CUSTOMERS);
    await pause(1500);
    const after = await now();
    return { cpu: after.cpu - before.cpu, task: after.task - before.task, script: after.script - before.script };
  } finally {
    await page.close();
  }
}

export default async function overheadBench(): Promise<BenchFigure[]> {
  const runs = await alternatingRuns({ seed: SEED }, PAIRS, oneRun, true);
  const withMs = runs.map((r) => r.withExtension.cpu);
  const withoutMs = runs.map((r) => r.without.cpu);
  const ratios = runs.map((r) => r.withExtension.cpu / r.without.cpu);
  const wallRatios = runs.map((r) => r.withExtension.task / r.without.task);
  // The demo is driven through CDP evaluate, which ScriptDuration does not count: what is left
  // is script the page runs on its own — the content script. Less noisy than two totals.
  const scriptShare = runs.map((r) => (r.withExtension.script - r.without.script) / r.without.task);
  console.error(`  overhead: main-thread CPU with ${withMs.map((x) => x.toFixed(0)).join(', ')} ms; without ${withoutMs.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.error(`  overhead: the same as wall time of its tasks (TaskDuration, which counts waiting for a CPU the worker holds): ${wallRatios.map((x) => x.toFixed(3)).join(', ')} ×`);
  return [
    figure('page overhead: main-thread CPU time with ÷ without extension, 1,000 incoming messages', ratios, '×', 1.03, 'lower'),
    figure('page overhead: content-script JS time ÷ page main thread without extension', scriptShare, '×', 0.03, 'lower'),
  ];
}
