/**
 * Debian's Chromium with the built extension, driven by playwright-core. The demo inbox is
 * served at the real inbox URL through `context.route`; every other http(s) request is
 * aborted and recorded in `blockedRequests` (ReplyClock makes no network request of its own).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DEMO_INBOX_URL, demoResponse, type DemoConfig } from '../demo/serve';
import { builtCopy } from './build';
import { removeTempDir, trackTempDir } from './processes';
import { waitFor } from './wait';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions {
  headless?: boolean; // default true (new headless mode)
  profileDir?: string; // reuse a profile (e.g. to test data surviving a restart); kept on close
  demo?: DemoConfig; // seed/language the demo inbox starts with
  /** The browser's own language (en, de, it, da, nb): the extension's texts follow it (needs Debian's chromium-l10n). */
  uiLanguage?: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** What the demo page starts with on its next load (seed, language). */
  demo: DemoConfig;
  /** http(s) URLs that were blocked: anything but the demo inbox. */
  blockedRequests: string[];
  profileDir: string;
  /** Opens the demo inbox at the real URL (or `url`) and waits until the demo has booted. */
  openInbox(url?: string): Promise<Page>;
  /**
   * Opens an extension page (default popup.html) in a tab. With `activeTab`, the page's
   * `tabs.query({active: true, currentWindow: true})` answers that tab instead of its own —
   * how the toolbar popup sees the inbox it was opened over (headless Chromium cannot show
   * a real toolbar popup to Playwright).
   */
  openExtensionPage(path?: string, options?: { activeTab?: Page; viewport?: { width: number; height: number } }): Promise<Page>;
  /** The browser's tab id of a page (for messages to a tab's content script). */
  tabIdOf(page: Page): Promise<number>;
  /** The running background service worker (waits for it to start). */
  serviceWorker(): Promise<Worker>;
  /** Stops every service worker through CDP and waits until the extension's is stopped. */
  stopServiceWorker(): Promise<void>;
  /** The extension worker's running status as CDP last reported it ('running', 'stopped', …). */
  workerStatus(): string | undefined;
  close(): Promise<void>;
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-dev-shm-usage'];

/** Chromium's command line here: the unpacked build in `extensionDir` (and no other extension), or none. */
export function chromiumArgs(extensionDir: string | null): string[] {
  return extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS] : [...FLAGS];
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const dist = builtCopy('chrome');
  const ownProfile = !options.profileDir;
  const profileDir = options.profileDir ?? mkdtempSync(join(os.tmpdir(), 'replyclock-chromium-'));
  if (ownProfile) trackTempDir(profileDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    // Debian's Chromium takes its UI language from --lang and LANGUAGE both (docs/toolchain.md).
    args: options.uiLanguage ? [...chromiumArgs(dist), `--lang=${options.uiLanguage}`] : chromiumArgs(dist),
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
    viewport: { width: 1280, height: 800 },
    locale: options.uiLanguage ?? 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  try {
    const session = await connect(context, profileDir, options.demo ?? {});
    const close = session.close;
    session.close = async () => { await close(); if (ownProfile) removeTempDir(profileDir); };
    return session;
  } catch (error) {
    await context.close().catch(() => {});
    if (ownProfile) removeTempDir(profileDir);
    throw error;
  }
}

async function connect(context: BrowserContext, profileDir: string, demo: DemoConfig): Promise<ChromiumSession> {
  const blockedRequests: string[] = [];
  // CDP on the first tab reports the extension worker's status (Playwright has no stop event).
  let workerStatus: string | undefined;
  // Counted, not just last seen: an open inbox or popup can wake the worker again before a poll sees it stopped.
  let workerStops = 0;
  const workerWatch = (async () => {
    const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`));
      if (!ours.length) return;
      const status = ours[ours.length - 1]!.runningStatus;
      if (status === 'stopped' && workerStatus !== 'stopped') workerStops += 1;
      workerStatus = status;
    });
    await cdp.send('ServiceWorker.enable');
    return cdp;
  })();
  const session: ChromiumSession = {
    context, extensionId: '', demo, blockedRequests, profileDir,
    async openInbox(url = DEMO_INBOX_URL) {
      // A fresh profile opens the first-run page on install: let it open first, so that the inbox is
      // the tab in front (a hidden tab gets no frames, and the extension batches its reading by frame).
      await waitFor('the first-run page', () => context.pages().some((p) => p.url().endsWith('/welcome.html')) || null, { timeoutMs: 3000 }).catch(() => undefined);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await waitFor('the demo inbox to boot', async () => {
        if (errors.length) throw new Error(`demo page error: ${errors.join('; ')}`);
        return page.evaluate(() => document.documentElement.dataset.demoInbox === 'ready');
      });
      await page.bringToFront();
      return page;
    },
    async openExtensionPage(path = 'popup.html', options = {}) {
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      if (options.activeTab) await page.addInitScript(pretendActiveTab, await session.tabIdOf(options.activeTab));
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const worker = await session.serviceWorker();
      const url = page.url();
      return waitFor(`the tab id of ${url}`, () => worker.evaluate(async (target) => {
        const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        return (await chrome.tabs.query({})).find((tab) => tab.url === target)?.id;
      }, url));
    },
    async serviceWorker() {
      return waitFor('the extension service worker', () =>
        context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`)));
    },
    async stopServiceWorker() {
      const cdp = await workerWatch;
      if (workerStatus === 'stopped') return; // already idle: stopping it would report nothing new
      const stopsBefore = workerStops;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('the service worker to stop', () => workerStops > stopsBefore);
    },
    workerStatus: () => workerStatus,
    close: () => context.close(),
  };
  // tsx compiles test code with esbuild's keepNames: functions passed to page.evaluate may
  // call a `__name` helper that pages do not have. Give every page a no-op one.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own pages and files
    const answer = demoResponse(url, session.demo);
    if (!answer) {
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  session.extensionId = new URL(worker.url()).host;
  return session;
}

/** Init script for an extension page: the active tab of the current window is `tabId`. */
function pretendActiveTab(tabId: number): void {
  type Tab = { id?: number };
  type Tabs = { query(info: object, callback?: (tabs: Tab[]) => void): unknown; get(id: number, callback?: (tab: Tab) => void): unknown };
  const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
  const realQuery = tabs.query.bind(tabs);
  tabs.query = (info: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }, callback?: (tabs: Tab[]) => void) => {
    if (!info?.active || !(info.currentWindow || info.lastFocusedWindow)) return realQuery(info, callback);
    if (callback) return tabs.get(tabId, (tab) => callback([tab]));
    return (tabs.get(tabId) as Promise<Tab>).then((tab) => [tab]);
  };
}
