/**
 * Debian's Firefox ESR with the built add-on, driven over WebDriver BiDi. The add-on is
 * installed temporarily (`webExtension.install`) with a fixed internal UUID (pref
 * `extensions.webextensions.uuids` in the profile's user.js) so its pages have a known
 * moz-extension:// URL. The demo inbox is served at the real inbox URL by request
 * interception (`network.addIntercept` + `network.provideResponse`); every other http(s)
 * request fails and is recorded in `blockedRequests`.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DEMO_INBOX_URL, demoResponse, type DemoConfig } from '../demo/serve';
import { BidiConnection } from './bidi';
import { builtCopy } from './build';
import { killProcess, removeTempDir, trackProcess, trackTempDir } from './processes';
import { waitFor, withTimeout } from './wait';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxTab {
  context: string; // BiDi browsing context id
  /** Evaluates a function (or an expression string) in the page; the result travels as JSON. */
  evaluate<T>(fn: (() => T | Promise<T>) | string): Promise<T>;
  navigate(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  bidi: BidiConnection;
  addonId: string;
  uuid: string; // moz-extension://<uuid>/
  demo: DemoConfig;
  blockedRequests: string[];
  openInbox(url?: string): Promise<FirefoxTab>;
  /** An extension page in a tab; `activeTab` as in chromium.ts (the popup sees that tab as active). */
  openExtensionPage(path?: string, options?: { activeTab?: FirefoxTab }): Promise<FirefoxTab>;
  /** The tab showing a URL that ends with `ending`, opened by the test or by the add-on (the first-run page). */
  findTab(ending: string): Promise<FirefoxTab | undefined>;
  close(): Promise<void>;
}

// Quiet profile: no updates, telemetry, remote settings or other background traffic.
const PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false, 'app.update.auto': false, 'extensions.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
  'browser.shell.checkDefaultBrowser': false, 'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false, 'browser.newtabpage.enabled': false, 'browser.startup.page': 0,
  'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false, 'services.settings.server': 'http://127.0.0.1:9/',
  'messaging-system.rsexperimentloader.enabled': false, 'app.normandy.enabled': false,
  'extensions.autoDisableScopes': 0,
};

function userJs(addonId: string, uuid: string, uiLanguage: string): string {
  const prefs = {
    ...PREFS,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // The UI language, and so browser.i18n's; other than English it needs the language pack.
    'intl.locale.requested': uiLanguage,
    'intl.accept_languages': `${uiLanguage}, en`,
  };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n';
}

export interface FirefoxOptions {
  demo?: DemoConfig;
  /** en, de, it, da or nb: Firefox's own language (Debian's firefox-esr-l10n-<lang>); en-GB by default. */
  uiLanguage?: string;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const dist = builtCopy('firefox');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  const uuid = randomUUID();
  const profile = mkdtempSync(join(os.tmpdir(), 'replyclock-firefox-'));
  trackTempDir(profile);
  writeFileSync(join(profile, 'user.js'), userJs(addonId, uuid, options.uiLanguage ?? 'en-GB'));

  const child = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', TZ: process.env.TZ ?? 'Europe/Berlin' } });
  trackProcess(child);
  const stop = () => { killProcess(child); removeTempDir(profile); };
  try {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-20_000); });
    const wsUrl = await waitFor('Firefox to print its WebDriver BiDi address', () => {
      if (child.exitCode !== null) throw new Error(`firefox-esr exited (${child.exitCode}): ${stderr.slice(-2000)}`);
      return /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/.exec(stderr)?.[1];
    }, { timeoutMs: 60_000 });
    const bidi = await BidiConnection.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await checkUiLanguage(bidi, options.uiLanguage ?? 'en-GB');
    const session = await connect(bidi, addonId, uuid, options.demo ?? {}, dist);
    session.close = async () => {
      await withTimeout(bidi.send('browser.close'), 5_000, 'browser.close').catch(() => {});
      bidi.close();
      stop();
    };
    return session;
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Without the language pack Firefox quietly runs in en-US, and a test "in German" would check
 * English: fail the launch instead. The locale is read in the browser window's chrome context.
 */
async function checkUiLanguage(bidi: BidiConnection, requested: string): Promise<void> {
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  if (!contexts[0]) throw new Error('Firefox has no browser window to read its language from');
  const result = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
    expression: 'JSON.stringify([Services.locale.appLocaleAsBCP47, Services.locale.availableLocales])',
    target: { context: contexts[0].context }, awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`reading Firefox's language failed: ${result.exceptionDetails?.text ?? 'exception'}`);
  const [actual, available] = JSON.parse(result.result?.value ?? '[]') as [string, string[]];
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  if (language(actual) !== language(requested)) {
    const pack = `firefox-esr-l10n-${requested === 'nb' ? 'nb-no' : language(requested)}`;
    throw new Error(`Firefox runs in ${actual}, not ${requested} (it has ${available.join(', ')}): is Debian's ${pack} installed?`);
  }
}

async function connect(bidi: BidiConnection, addonId: string, uuid: string, demo: DemoConfig, dist: string): Promise<FirefoxSession> {
  const blockedRequests: string[] = [];
  const session: FirefoxSession = {
    bidi, addonId, uuid, demo, blockedRequests,
    async openInbox(url = DEMO_INBOX_URL) {
      const tab = await newTab(bidi, url);
      await waitFor('the demo inbox to boot', () => tab.evaluate(() => document.documentElement.dataset.demoInbox === 'ready'));
      // The first-run page may open after it: the inbox goes back in front, as a hidden tab gets no frames.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await bidi.send('browsingContext.activate', { context: tab.context });
      return tab;
    },
    async openExtensionPage(path = 'popup.html', options = {}) {
      const url = `moz-extension://${uuid}/${path}`;
      if (!options.activeTab) return newTab(bidi, url);
      // The page opens in a background tab of the inbox's window: the inbox stays the active
      // tab, so tabs.query({active, currentWindow}) answers it, as for the toolbar popup.
      await bidi.send('browsingContext.activate', { context: options.activeTab.context });
      return newTab(bidi, url, { background: true });
    },
    async findTab(ending) {
      const { contexts } = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
      const found = contexts.find((c) => c.url.endsWith(ending));
      return found && tabOf(bidi, found.context);
    },
    close: async () => {},
  };
  bidi.on('network.beforeRequestSent', (params) => {
    if (!params.isBlocked) return;
    const request = params.request as { request: string; url: string };
    void answer(bidi, request, session, blockedRequests).catch((error: unknown) => console.error(`[firefox] interception of ${request.url} failed: ${String(error)}`));
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dist } });
  if (installed.extension !== addonId) throw new Error(`installed add-on id ${installed.extension}, expected ${addonId}`);
  return session;
}

async function answer(bidi: BidiConnection, request: { request: string; url: string }, session: FirefoxSession, blocked: string[]): Promise<void> {
  if (!/^https?:/.test(request.url)) return void (await bidi.send('network.continueRequest', { request: request.request }));
  const response = demoResponse(request.url, session.demo);
  if (!response) {
    blocked.push(request.url);
    return void (await bidi.send('network.failRequest', { request: request.request }));
  }
  await bidi.send('network.provideResponse', {
    request: request.request,
    statusCode: response.status,
    reasonPhrase: response.status === 200 ? 'OK' : 'Not Found',
    headers: [{ name: 'Content-Type', value: { type: 'string', value: response.contentType } }],
    body: { type: 'string', value: response.body },
  });
}

async function newTab(bidi: BidiConnection, url: string, { background = false } = {}): Promise<FirefoxTab> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background });
  const tab = tabOf(bidi, context);
  await tab.navigate(url);
  return tab;
}

function tabOf(bidi: BidiConnection, context: string): FirefoxTab {
  return {
    context,
    async evaluate<T>(fn: (() => T | Promise<T>) | string): Promise<T> {
      const body = typeof fn === 'string' ? `(${fn})` : `(${fn.toString()})()`;
      const result = await bidi.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
        // `__name`: the helper tsx (esbuild keepNames) may call inside test functions.
        expression: `(async () => { const __name = (fn) => fn; return JSON.stringify(await ${body}); })()`,
        target: { context }, awaitPromise: true, resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`evaluate failed: ${result.exceptionDetails?.text ?? 'exception'}`);
      const json = result.result?.type === 'string' ? result.result.value : undefined;
      return (json === undefined ? undefined : JSON.parse(json)) as T;
    },
    async navigate(target: string) {
      await bidi.send('browsingContext.navigate', { context, url: target, wait: 'complete' });
    },
    async close() {
      await bidi.send('browsingContext.close', { context });
    },
  };
}

