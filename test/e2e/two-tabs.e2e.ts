/**
 * Two inbox tabs of the same Page report the same messages: the store keeps one record per
 * message (read from the extension's IndexedDB in the service worker), and the popup's figures
 * are the same after the second tab as after the first. On both transcript builds (builds.ts):
 * on the id-less one the keys the reader derives must agree between the tabs as Meta's ids do.
 */
import type { Page } from 'playwright-core';
import { DEMO_BUILDS, onBuild } from './builds';
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { popupShows } from './popup';
import { readConversations } from './read-all';
import { storedMessages } from './stored-messages';
import { waitFor } from './wait';

const MINUTE = 60_000;
const now = Date.now();
/** Absolute instants, so both tabs (loaded seconds apart) render the same history. */
const SEED = { duplicateRows: true, threads: [
  { name: 'Sinta Dewi', messages: [{ from: 'customer' as const, at: now - 25 * MINUTE }] },
  { name: 'Ola Nordmann', messages: [{ from: 'customer' as const, at: now - 180 * MINUTE }, { from: 'page' as const, at: now - 171 * MINUTE }] },
  { name: 'Giulia Romano', messages: [
    { from: 'customer' as const, at: now - 300 * MINUTE }, { from: 'page' as const, at: now - 296 * MINUTE },
    { from: 'customer' as const, at: now - 120 * MINUTE }, { from: 'page' as const, at: now - 100 * MINUTE },
  ] },
] };
const SEEDED_MESSAGES = SEED.threads.reduce((n, t) => n + t.messages.length, 0);

const figures = (text: string) => text.match(/Response rate[\s\S]*?Response time[\s\S]*?\n[^\n]*\n/)?.[0].replace(/\s+/g, ' ').trim() ?? '';

for (const build of DEMO_BUILDS) test(onBuild('chromium: two tabs of the same Page store one record per message; the popup does not double', build), async (t) => {
  const browser = await launchChromium({ demo: { build, seed: SEED } });
  t.defer(() => browser.close());
  // Meta's message ids are the same in every tab; the demo draws them from Math.random, so both
  // tabs get the same sequence (the demo's own counter restarts on every load).
  await browser.context.addInitScript(() => {
    if (location.hostname !== 'business.facebook.com') return;
    let s = 20261123;
    Math.random = () => {
      s = (s * 48271) % 2147483647; // Park–Miller: exact in doubles
      return s / 2147483647;
    };
  });
  const complete = async () => {
    const records = await storedMessages(await browser.serviceWorker());
    return records.length >= SEEDED_MESSAGES && records.every((r) => !r.provisional) ? records : null;
  };

  const first = await browser.openInbox();
  await readConversations(first, SEED.threads.map((thread) => thread.name));
  const afterFirst = await waitFor('the first tab\'s messages in the store', complete);
  const popup = await browser.openExtensionPage('popup.html', { activeTab: first });
  const before = await popupShows(popup, 'Sinta waiting in the popup', (text) => text.includes('Sinta Dewi') && /Waiting \(1\)/.test(text));
  await popup.close();

  const second = await browser.openInbox();
  await waitFor('the same transcript (and message ids, where shown) in both tabs', async () => {
    const ids = (p: Page) => p.evaluate(() => [...document.querySelectorAll('[data-message-id]')].map((e) => e.getAttribute('data-message-id')).sort().join()
      + (document.querySelector('[role="region"]') as HTMLElement | null)?.innerText);
    await second.evaluate(() => window.demoInbox.open('Giulia Romano'));
    await first.evaluate(() => window.demoInbox.open('Giulia Romano'));
    return (await ids(first)) === (await ids(second));
  });
  await readConversations(second, SEED.threads.map((thread) => thread.name));
  const onceEach = (extra: number) => async () => {
    const records = (await storedMessages(await browser.serviceWorker())).filter((r) => !r.provisional);
    return records.length >= SEEDED_MESSAGES + extra ? records : null;
  };
  const popupAgain = await browser.openExtensionPage('popup.html', { activeTab: second });
  const after = await popupShows(popupAgain, 'the popup over the second tab', (text) => text.includes('Sinta Dewi'));
  await popupAgain.close();
  t.log(`one tab: ${figures(before)}`);
  t.log(`two tabs: ${figures(after)}`);
  check(figures(before) !== '', `no figures found in the popup: ${before}`);
  check(figures(after) === figures(before), `figures changed with a second tab: ${figures(before)} → ${figures(after)}`);
  check(/Waiting \(1\)/.test(after), `waiting count changed with a second tab: ${after}`);

  // A new customer writes while both tabs are open (same ids in both, as Meta's): stored once.
  const liveAt = Date.now() - 2 * MINUTE;
  for (const tab of [first, second]) await tab.evaluate((at) => window.demoInbox.customerWrites('Mette Hansen', 'Do you have this in blue?', { at }), liveAt);
  for (const tab of [first, second]) await tab.evaluate(() => window.demoInbox.open('Mette Hansen'));
  const settled = await waitFor('the live message in the store', async () => {
    const records = await onceEach(1)();
    return records && records.some((r) => Math.abs(r.at - liveAt) < 1500) ? records : null;
  });
  const popupLive = await browser.openExtensionPage('popup.html', { activeTab: first });
  let lastText = '';
  await popupShows(popupLive, 'Mette waiting too', (text) => { lastText = text; return /Waiting \(2\)/.test(text) && text.includes('Mette Hansen'); })
    .catch(async (error) => {
      const records = await storedMessages(await browser.serviceWorker());
      throw new Error(`${(error as Error).message}\n${lastText}\n${JSON.stringify(records.map((r) => [r.threadKey, r.messageId, r.from, Math.round((Date.now() - r.at) / 1000), r.provisional]))}`);
    });
  const final = (await storedMessages(await browser.serviceWorker())).filter((r) => !r.provisional);
  for (const records of [afterFirst, settled, final]) {
    const ids = records.map((r) => `${r.pageId}|${r.messageId}`);
    check(new Set(ids).size === ids.length, `a message id stored twice: ${ids.join(', ')}`);
    const instants = records.map((r) => `${r.threadKey}|${r.from}|${Math.round(r.at / 1000)}`);
    check(new Set(instants).size === instants.length, `one message stored under two records: ${instants.join(', ')}`);
  }
  check(afterFirst.length === SEEDED_MESSAGES, `after one tab: ${afterFirst.length} records for ${SEEDED_MESSAGES} messages`);
  check(final.length === SEEDED_MESSAGES + 1, `after two tabs: ${final.length} records for ${SEEDED_MESSAGES + 1} messages`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 180_000 });
