/**
 * End to end in Chromium: a customer's wait crosses 15 minutes while the inbox is open, the
 * inline badge turns late without a reload; a reply by typing in the composer takes the
 * conversation off the popup's waiting list. Time is played by backdating (test/demo/README.md).
 * On both transcript builds (builds.ts).
 */
import type { Page } from 'playwright-core';
import { DEMO_BUILDS, onBuild } from './builds';
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { popupShows } from './popup';
import { waitFor } from './wait';

/** The text of the inline badge in Sinta's row (badges live in open shadow roots). */
function badgeOf(inbox: Page, name: string): Promise<string> {
  return inbox.evaluate((customer) => {
    const rows = [...document.querySelectorAll('div[role="presentation"]')]
      .filter((row) => row.querySelector('[data-surface*="thread_title"]')?.textContent === customer);
    const shown = (root: ShadowRoot) => [...root.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent ?? '').join(' ');
    const texts = rows.flatMap((row) => [...row.querySelectorAll('*')].map((e) => (e.shadowRoot ? shown(e.shadowRoot) : ''))).filter(Boolean);
    return texts.join(' | ');
  }, name);
}

for (const build of DEMO_BUILDS) test(onBuild('chromium: a waiting customer turns late at 15 minutes, a typed reply clears the wait', build), async (t) => {
  const browser = await launchChromium();
  t.defer(() => browser.close());
  const wroteAt = Date.now() - (15 * 60_000 - 20_000); // late in 20 real seconds
  browser.demo = { build, seed: { threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', at: wroteAt }] },
    { name: 'Ola Nordmann', messages: [{ from: 'customer', minutesAgo: 60 * 3 }, { from: 'page', minutesAgo: 60 * 3 - 4 }] },
  ] } };
  const inbox = await browser.openInbox();

  const before = await waitFor('a badge on the waiting row', () => badgeOf(inbox, 'Sinta Dewi'));
  check(Date.now() < wroteAt + 15 * 60_000, 'the machine was too slow to see the badge before 15 minutes');
  check(!/late/i.test(before), `badge says late before 15 minutes: ${before}`);
  const late = await waitFor('the badge to turn late', async () => {
    const text = await badgeOf(inbox, 'Sinta Dewi');
    return /late/i.test(text) ? text : null;
  }, { timeoutMs: 60_000 });
  t.log(`before: ${before}  →  after: ${late}`);

  await inbox.evaluate(() => window.demoInbox.open('Sinta Dewi'));
  await inbox.click('[role="textbox"][data-lexical-editor="true"]');
  await inbox.keyboard.type('Yes, in 2–3 days.');
  await inbox.keyboard.press('Enter');
  await waitFor('the badge to stop counting', async () => !/late/i.test(await badgeOf(inbox, 'Sinta Dewi')));

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'Sinta off the waiting list', (text) => !text.includes('Sinta Dewi'));
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
});
