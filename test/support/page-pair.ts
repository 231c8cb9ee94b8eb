/**
 * The demo inbox with and without the extension, for benchmarks that compare the two: one
 * Chromium with the built extension (the e2e harness) and one plain Chromium with the same flags,
 * locale, time zone and viewport, serving the same demo by interception. With `baseline` (the
 * folder of another chrome-mv3 build) the second Chromium runs that build instead of none, so that
 * a benchmark measures what a change costs against the build before it. Either a run opens a
 * fresh tab in one of them and the runs alternate (`alternatingRuns`), or a run opens a tab in
 * each and drives both in turns (`sideBySideRuns`), so that load on the shared machine falls on
 * both alike.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { demoResponse, type DemoConfig } from '../demo/serve';
import { CHROMIUM_PATH, chromiumArgs, launchChromium, type ChromiumSession } from '../e2e/chromium';
import { removeTempDir } from '../e2e/processes';
import { waitFor } from '../e2e/wait';

/** A tab on the demo inbox and a CDP session on it (for its metrics). */
export interface DemoTab { page: Page; cdp: CDPSession }

export interface DemoBrowser {
  label: 'with extension' | 'without extension' | 'baseline build';
  /** A fresh tab on the demo inbox, booted (and, with the extension, its content script running). */
  openInbox(): Promise<DemoTab>;
  close(): Promise<void>;
}

/** A Chromium without the extension, or with the build in `baseline` (its folder). */
async function comparedChromium(demo: DemoConfig, baseline: string | null): Promise<DemoBrowser> {
  const profileDir = mkdtempSync(join(os.tmpdir(), 'replyclock-plain-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(baseline), viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Berlin',
  });
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.route('**/*', async (route) => {
    const answer = demoResponse(route.request().url(), demo);
    if (!answer) return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  return {
    label: baseline ? 'baseline build' : 'without extension',
    openInbox: () => openDemo(context, baseline !== null),
    close: async () => { await context.close(); removeTempDir(profileDir); },
  };
}

async function openDemo(context: BrowserContext, extension: boolean): Promise<DemoTab> {
  const page = await context.newPage();
  await page.goto('https://business.facebook.com/latest/inbox/messenger?asset_id=111&mailbox_id=111&thread_type=FB_MESSAGE');
  await waitFor('the demo inbox to boot', () => page.evaluate(() => document.documentElement.dataset.demoInbox === 'ready'));
  if (extension) await waitFor('the content script', () => page.evaluate(() => document.documentElement.dataset.replyclock));
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** Both browsers on the same demo seed; the second without the extension, or with the `baseline` build. */
export async function demoPair(demo: DemoConfig, baseline: string | null = null): Promise<[DemoBrowser, DemoBrowser]> {
  const session: ChromiumSession = await launchChromium({ demo });
  const withExtension: DemoBrowser = {
    label: 'with extension',
    openInbox: () => openDemo(session.context, true),
    close: () => session.close(),
  };
  try {
    return [withExtension, await comparedChromium(demo, baseline)];
  } catch (error) {
    await session.close();
    throw error;
  }
}

export interface PairedRun<T> { withExtension: T; without: T }

/**
 * `pairs` runs in each browser of a fresh `demoPair`, alternating which goes first, so that load
 * on the shared machine falls on both alike; both browsers are closed afterwards. `warmUp`: one
 * unmeasured run in each first (caches, JIT, the worker's first start).
 */
export async function alternatingRuns<T>(demo: DemoConfig, pairs: number, run: (browser: DemoBrowser) => Promise<T>, warmUp = false): Promise<PairedRun<T>[]> {
  return withDemoPair(demo, null, async (withExtension, without) => {
    const results: PairedRun<T>[] = [];
    if (warmUp) for (const browser of [withExtension, without]) await run(browser);
    for (let i = 0; i < pairs; i++) {
      const first = i % 2 ? without : withExtension;
      const firstResult = await run(first);
      const secondResult = await run(first === without ? withExtension : without);
      results.push(first === without ? { without: firstResult, withExtension: secondResult } : { withExtension: firstResult, without: secondResult });
    }
    return results;
  });
}

/**
 * `runs` runs of `run` over one tab in each browser of a fresh `demoPair`, both open at once, so
 * that the benchmark can drive them in turns (a chunk of work in one, then in the other): a
 * neighbour's load that comes and goes within seconds falls on both alike, which runs a whole
 * burst apart do not see. `warmUp`: one unmeasured run first. `baseline`: see `demoPair` (the
 * `without` tab then runs that build). Both browsers are closed afterwards.
 */
export async function sideBySideRuns<T>(demo: DemoConfig, runs: number, run: (tabs: PairedRun<DemoTab>) => Promise<T>, { warmUp = false, baseline = null }: { warmUp?: boolean; baseline?: string | null } = {}): Promise<T[]> {
  return withDemoPair(demo, baseline, async (withExtension, without) => {
    const results: T[] = [];
    for (let i = warmUp ? -1 : 0; i < runs; i++) {
      const tabs = { withExtension: await withExtension.openInbox(), without: await without.openInbox() };
      try {
        const result = await run(tabs);
        if (i >= 0) results.push(result);
      } finally {
        await tabs.withExtension.page.close();
        await tabs.without.page.close();
      }
    }
    return results;
  });
}

/** `body` over a fresh `demoPair`; both browsers are closed afterwards, also when it fails. */
async function withDemoPair<T>(demo: DemoConfig, baseline: string | null, body: (withExtension: DemoBrowser, without: DemoBrowser) => Promise<T>): Promise<T> {
  const [withExtension, without] = await demoPair(demo, baseline);
  try {
    return await body(withExtension, without);
  } finally {
    await withExtension.close();
    await without.close();
  }
}

/** Main-thread task time of the page's renderer so far, ms (CDP Performance.getMetrics TaskDuration). */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/**
 * CPU time of the page's main thread so far, ms (CDP Performance.getMetrics ThreadTime). Unlike
 * TaskDuration (wall time of its tasks), it does not grow when other processes — the extension's
 * worker, the test driver, the neighbours of a shared 2-core machine — hold the CPU.
 */
export async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Script time of the page's renderer so far, ms (CDP Performance.getMetrics ScriptDuration). */
export async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/** JS heap in use by the page's isolate (main world and the content script's isolated world), bytes, after GC. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
