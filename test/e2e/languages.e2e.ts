/**
 * The demo inbox in each of the five languages (labels, "You: " prefixes, dividers, Danish
 * times with a dot; atomic class names are new on every load): the extension reads every one
 * and shows the right wait on the row. One Chromium, one page load per language.
 */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { waitFor } from './wait';
import type { DemoLanguage } from '../demo/page/i18n';

const LANGUAGES: DemoLanguage[] = ['en', 'de', 'it', 'da', 'nb'];

test('chromium: the inbox is read in en, de, it, da and nb', async (t) => {
  const browser = await launchChromium();
  t.defer(() => browser.close());
  for (const language of LANGUAGES) {
    browser.demo = { language, seed: { threads: [
      { name: `Waiting ${language}`, messages: [{ from: 'page', minutesAgo: 90 }, { from: 'customer', minutesAgo: 20 }] },
      { name: `Answered ${language}`, messages: [{ from: 'customer', minutesAgo: 50 }, { from: 'page', minutesAgo: 45 }] },
    ] } };
    const inbox = await browser.openInbox();
    const badges = await waitFor(`a badge on the waiting row (${language})`, () => inbox.evaluate((name) => {
      const shown = (root: ShadowRoot) => [...root.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent ?? '').join(' ');
      const rows = [...document.querySelectorAll('div[role="presentation"]')];
      const badgeOf = (row: Element) => [...row.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => shown(e.shadowRoot!)).join(' ');
      const waiting = rows.filter((r) => r.textContent?.includes(name)).map(badgeOf).find(Boolean);
      return waiting ? { waiting, answered: rows.filter((r) => !r.textContent?.includes(name)).map(badgeOf).join(' ') } : null;
    }, `Waiting ${language}`));
    t.log(`${language}: ${badges.waiting}`);
    check(/\b20\smin/.test(badges.waiting), `${language}: the waiting row should show a 20-minute wait: ${badges.waiting}`);
    check(!/waiting/i.test(badges.answered), `${language}: the answered row shows a wait: ${badges.answered}`);
    await inbox.close();
  }
});
