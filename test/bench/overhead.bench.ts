/**
 * Page overhead in real Chromium: main-thread time (CDP Performance.getMetrics TaskDuration) of
 * the demo inbox while 1,000 customer messages arrive across 50 conversations (in chunks of 20
 * per 16 ms, the open conversation among them), plus 1.5 s for the extension to catch up (its
 * batches, acknowledgements and badge updates), WITH the extension ÷ WITHOUT it. Runs alternate
 * between the two browsers (test/stress/page-pair.ts); the figure is the median of the per-pair
 * ratios. BENCH_RUNS overrides the number of pairs.
 */
import type { DemoSeed } from '../demo/page/api';
import { demoPair, pause, taskMs, type DemoBrowser } from '../stress/page-pair';
import { figure, median, type BenchFigure } from './figure';

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

async function oneRun(browser: DemoBrowser): Promise<number> {
  const { page, cdp } = await browser.openInbox();
  try {
    await cdp.send('Performance.enable');
    await pause(1000); // the first read and its round trip settle
    const before = await taskMs(cdp);
    await page.evaluate(burst, CUSTOMERS);
    await pause(1500);
    return (await taskMs(cdp)) - before;
  } finally {
    await page.close();
  }
}

export default async function overheadBench(): Promise<BenchFigure[]> {
  const [withExtension, without] = await demoPair({ seed: SEED });
  const ratios: number[] = [];
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  try {
    await oneRun(withExtension); // warm-up: caches, JIT, the worker's first start
    await oneRun(without);
    for (let i = 0; i < PAIRS; i++) {
      const order = i % 2 ? [without, withExtension] : [withExtension, without];
      const times = new Map<DemoBrowser, number>();
      for (const browser of order) times.set(browser, await oneRun(browser));
      withMs.push(times.get(withExtension)!);
      withoutMs.push(times.get(without)!);
      ratios.push(times.get(withExtension)! / times.get(without)!);
    }
  } finally {
    await withExtension.close();
    await without.close();
  }
  console.error(`  overhead: with ${withMs.map((x) => x.toFixed(0)).join(', ')} ms; without ${withoutMs.map((x) => x.toFixed(0)).join(', ')} ms`);
  return [
    figure('page overhead: main thread with ÷ without extension, 1,000 incoming messages', ratios, '×', 1.03, 'lower'),
    // the same budget per message: 3 % of what the page itself spends on one
    figure('page overhead: main-thread time the extension adds per incoming message', withMs.map((w, i) => (w - withoutMs[i]!) / 1000), 'ms', (median(withoutMs) * 0.03) / 1000, 'lower'),
  ];
}
