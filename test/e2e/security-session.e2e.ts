/**
 * A whole session in real Chromium on the demo inbox, as an attacker and a privacy reviewer
 * would watch it: customer names, message text and template text made of markup
 * (`<img src=x onerror=…>`) are shown as text — never parsed — in the inline badges, the popup and
 * the options page; and no extension context (service worker, popup, options, content script)
 * makes a single network request. Every request of the browser is recorded: only the demo page's
 * own requests to the demo URLs may appear.
 */
import type { Page, Request } from 'playwright-core';
import { DEMO_INBOX_URL, demoResponse } from '../demo/serve';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { popupShows } from './popup';
import { check, test } from './runner';
import { readEveryConversation } from './read-all';
import { waitFor } from './wait';

const MARK = (where: string) => `<img src=x onerror="document.documentElement.dataset.pwned='${where}'">`;
const HOSTILE_NAME = `${MARK('name')} Eve`;
const HOSTILE_TEXT = `${MARK('text')} do you ship to Oslo?`;
const RTL_NAME = '\u202Eevil\u202C مرحبا 👩‍👩‍👧';

interface Seen { url: string; by: string }

function origin(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()!.url()}`;
  try { return request.frame().url() || 'a page'; } catch { return 'no frame'; }
}

/** Elements a parsed markup string would have created: anything with an inline handler, or the img. */
function injected(root: Document | ShadowRoot): number {
  return root.querySelectorAll('[onerror], img[src="x"], script:not([src])').length;
}

/** In the whole document (extension pages), or only in shadow roots (the inbox: the page's own DOM is not ours). */
async function injectedIn(page: Page, shadowOnly = false): Promise<number> {
  return page.evaluate(`${shadowOnly ? '0' : `(${injected.toString()})(document)`} + [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).reduce((n, e) => n + (${injected.toString()})(e.shadowRoot), 0)`);
}

test('security: markup in names, messages and templates stays text; no extension context makes a request', async (t) => {
  const browser = await launchChromium({
    demo: { seed: { threads: [
      { name: HOSTILE_NAME, messages: [{ from: 'customer', text: HOSTILE_TEXT, minutesAgo: 9 }] },
      { name: RTL_NAME, messages: [{ from: 'customer', text: '\u0000 <b>bold</b>', minutesAgo: 20 }] },
      { name: 'Ola Nordmann', messages: [{ from: 'customer', minutesAgo: 200 }, { from: 'page', minutesAgo: 196 }] },
    ] } },
  });
  t.defer(() => browser.close());
  const seen: Seen[] = [];
  browser.context.on('request', (request) => seen.push({ url: request.url(), by: origin(request) }));

  const inbox = await browser.openInbox();
  const badgeText = () => inbox.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot!.textContent ?? '').join(' | '));
  await waitFor('inline badges on the waiting rows', async () => (await badgeText()).length > 0);
  await readEveryConversation(inbox);
  await inbox.evaluate((name) => window.demoInbox.open(name), HOSTILE_NAME);

  // Templates with markup in title, body and keywords, saved through the background.
  const options = await browser.openExtensionPage('options.html');
  const saved = await options.evaluate(async (mark) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
    const templates = [{ id: 'evil', title: `${mark} Shipping`, body: `Hi {first_name}, ${mark} we ship to Oslo.`, language: 'en', keywords: ['ship', 'oslo'], usage: 0, order: 0 }];
    return chrome.runtime.sendMessage({ type: 'optionsToBackground:saveTemplates', payload: { templates } });
  }, MARK('template'));
  check(saved?.ok, `templates not saved: ${JSON.stringify(saved)}`);
  await options.reload();
  await waitFor('the options page to list the template', () => options.evaluate(() => document.body.innerText.includes('Shipping')));
  const optionsText = await options.evaluate(() => document.body.innerText + [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join(' '));
  check(optionsText.includes('<img src=x onerror='), 'the template markup is not shown as text on the options page');

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const popupText = await popupShows(popup, 'the hostile name and the template in the popup', (text) => text.includes('<img src=x onerror=') && text.includes('Eve') && text.includes('we ship to Oslo'));
  t.log(`popup shows: ${popupText.replace(/\s+/g, ' ').slice(0, 160)}…`);

  const [inInbox, inPopup, inOptions] = [await injectedIn(inbox, true), await injectedIn(popup), await injectedIn(options)];
  const pwned = await inbox.evaluate(() => document.documentElement.dataset.pwned ?? null);
  check(pwned === null, `markup ran in the inbox page: ${pwned}`);
  check(inInbox === 0 && inPopup === 0 && inOptions === 0, `markup parsed into elements: inbox ${inInbox}, popup ${inPopup}, options ${inOptions}`);
  check((await badgeText()).length > 0, 'the badges went away');

  await browser.stopServiceWorker(); // a restart, too, must not fetch anything
  await popup.reload();
  await waitFor('the popup after the worker restart', () => popup.evaluate(() => document.body.innerText.includes('%')));

  const foreign = seen.filter((s) => /^(https?|wss?|ftp):/.test(s.url) && !(demoResponse(s.url) && !s.by.startsWith('service worker') && !s.by.startsWith('chrome-extension:')));
  t.log(`${seen.length} requests seen, ${seen.filter((s) => s.url.startsWith('chrome-extension:')).length} of them the extension's own files`);
  check(seen.some((s) => s.url.startsWith(DEMO_INBOX_URL.slice(0, 40))), 'the recorder saw no request at all (is it wired?)');
  check(foreign.length === 0, `requests not made by the demo page to the demo:\n${foreign.map((s) => `${s.url} (by ${s.by})`).join('\n')}`);
  check(browser.blockedRequests.length === 0, `blocked: ${browser.blockedRequests.join(', ')}`);
});

test('security (firefox): markup in names and messages stays text in badges and popup; no request blocked', async (t) => {
  const browser = await launchFirefox({ demo: { seed: { threads: [
    { name: HOSTILE_NAME, messages: [{ from: 'customer', text: HOSTILE_TEXT, minutesAgo: 20 }] },
    { name: RTL_NAME, messages: [{ from: 'customer', text: '\u0000 <b>bold</b>', minutesAgo: 9 }] },
  ] } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const shadowCheck = `(() => { const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot);
    return { text: hosts.map((h) => h.shadowRoot.textContent).join(' | '), injected: hosts.reduce((n, h) => n + h.shadowRoot.querySelectorAll('[onerror], img[src="x"], script').length, 0),
      pwned: document.documentElement.dataset.pwned ?? null }; })()`;
  const badges = await waitFor('inline badges', async () => {
    const seen = (await inbox.evaluate(shadowCheck)) as { text: string; injected: number; pwned: string | null };
    return seen.text.trim() ? seen : null;
  });
  check(badges.injected === 0 && badges.pwned === null, `markup parsed in the inbox: ${JSON.stringify(badges)}`);
  await inbox.evaluate(`window.demoInbox.open(${JSON.stringify(HOSTILE_NAME)})`);
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const shown = await waitFor('the hostile name as text in the popup', async () => {
    const seen = (await popup.evaluate(`({ text: document.body.innerText, injected: document.querySelectorAll('[onerror], img[src="x"], script:not([src])').length })`)) as { text: string; injected: number };
    return seen.text.includes('<img src=x onerror=') ? seen : null;
  });
  check(shown.injected === 0, `markup parsed into ${shown.injected} element(s) in the popup`);
  check(browser.blockedRequests.length === 0, `requests other than the demo's: ${browser.blockedRequests.join(', ')}`);
});
