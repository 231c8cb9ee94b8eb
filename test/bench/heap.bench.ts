/**
 * Content-script memory after an hour of simulated traffic in real Chromium: 3,600 messages (one
 * a second for an hour, compressed) across 200 conversations — customers writing, the Page
 * answering, a different conversation opened every 60 messages — then the JS heap of the page's
 * isolate after garbage collection (CDP Runtime.getHeapUsage: the page's main world and the
 * content script's isolated world together). The figure is WITH the extension minus WITHOUT it,
 * the same traffic in both, median over alternating pairs (test/support/page-pair.ts).
 */
import type { DemoSeed } from '../demo/page/api';
import { alternatingRuns, heapAfterGc, pause, type DemoBrowser } from '../support/page-pair';
import { figure, type BenchFigure } from './figure';

const PAIRS = Number(process.env.BENCH_RUNS ?? 3);
const CUSTOMERS = Array.from({ length: 200 }, (_, i) => `Customer ${String(i).padStart(3, '0')}`);
const SEED = { threads: CUSTOMERS.slice(0, 20).map((name, i) => ({ name, messages: [{ from: 'customer' as const, minutesAgo: 120 + i }] })) } satisfies DemoSeed;

/** In the page: an hour of traffic, 3,600 messages, in chunks of 30 with a pause for the extension's frames. */
async function hourOfTraffic(names: string[]): Promise<void> {
  for (let i = 0; i < 3600; i++) {
    const name = names[(Math.floor(i / 3) * 13) % names.length]!; // two customer messages, then the Page answers
    if (i % 3 === 2) window.demoInbox.pageReplies(name, { text: `Reply ${i}` });
    else window.demoInbox.customerWrites(name, `Message ${i} — hello, any news about my order?`);
    if (i % 60 === 59) window.demoInbox.open(name);
    if (i % 30 === 29) await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

async function oneRun(browser: DemoBrowser): Promise<number> {
  const { page, cdp } = await browser.openInbox();
  page.on('crash', () => console.error(`  heap: the page crashed (${browser.label})`));
  try {
    await page.evaluate(hourOfTraffic, CUSTOMERS);
    await pause(2000); // last batches acknowledged, badges updated
    return await heapAfterGc(cdp);
  } finally {
    await page.close();
  }
}

export default async function heapBench(): Promise<BenchFigure[]> {
  const heaps = await alternatingRuns({ seed: SEED }, PAIRS, oneRun);
  const extra = heaps.map(({ withExtension, without }) => (withExtension - without) / 2 ** 20);
  const own = heaps.map(({ without }) => without / 2 ** 20);
  console.error(`  heap: page alone ${own.map((x) => x.toFixed(1)).join(', ')} MB; extension adds ${extra.map((x) => x.toFixed(2)).join(', ')} MB`);
  return [figure('content script heap after an hour of traffic (3,600 messages), over the page\'s own', extra, 'MB', 5, 'lower')];
}
