/**
 * The demo inbox in each of the five languages (labels, "You: " prefixes, dividers, Danish
 * times with a dot; atomic class names are new on every load): the extension reads every one
 * and shows the right wait on the row. One Chromium, one page load per language.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { ownMessage } from './own-texts';
import { firefoxPopupShows, popupShows } from './popup';
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
    check(!/\d/.test(badges.answered), `${language}: the answered row shows a wait: ${badges.answered}`);
    await inbox.close();
  }
});

/**
 * The browser itself in each language (Chromium: `--lang`, LANGUAGE, Debian's chromium-l10n;
 * Firefox ESR: `intl.locale.requested`, Debian's firefox-esr-l10n-*): the extension's own
 * first-run page, options page, popup and inline badge speak it.
 */
const sintaWaits = (language: DemoLanguage) => ({ language, seed: { threads: [
  { name: 'Sinta Dewi', messages: [{ from: 'customer' as const, minutesAgo: 20 }] },
] } });
const POPUP_KEYS = ['popup_open_options', 'options_away_switch', 'badge_state_late'];
// In the page (self-contained: Firefox receives them as source text).
const headingText = () => document.querySelector('h1')?.textContent;
const badgeOnSintasRow = () => {
  const row = [...document.querySelectorAll('div[role="presentation"]')].find((r) => r.textContent?.includes('Sinta Dewi'));
  const host = row && [...row.querySelectorAll('*')].find((e) => e.shadowRoot);
  return host ? [...host.shadowRoot!.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent).join(' ') : null;
};

/** A tab either browser driver gives: it runs a function in the page. */
interface Tab { evaluate<T>(fn: () => T): Promise<T> }
interface LanguageSession<Inbox extends Tab> { welcome: () => Promise<Tab>; options: () => Promise<Tab>; inbox: () => Promise<Inbox>; popupText: (inbox: Inbox) => Promise<string> }

/** The first-run page, the options page, the badge on Sinta's row and the popup, each in `language`. */
async function checkSpeaks<Inbox extends Tab>(language: DemoLanguage, session: LanguageSession<Inbox>): Promise<string> {
  const welcome = await session.welcome();
  const welcomeTitle = await waitFor('the first-run page to render', () => welcome.evaluate(headingText));
  check(welcomeTitle === ownMessage(language, 'welcome_title'), `${language}: first-run page title "${welcomeTitle}"`);

  const options = await session.options();
  const optionsTitle = await waitFor('the options page', () => options.evaluate(headingText));
  check(optionsTitle === ownMessage(language, 'options_heading'), `${language}: options page title "${optionsTitle}"`);

  const inbox = await session.inbox();
  const badge = await waitFor('the badge on Sinta\'s row', () => inbox.evaluate(badgeOnSintasRow));
  check(badge.includes(ownMessage(language, 'badge_state_late')), `${language}: the badge says "${badge}"`);

  const popupText = await session.popupText(inbox);
  for (const key of POPUP_KEYS) check(popupText.includes(ownMessage(language, key)), `${language}: the popup lacks "${ownMessage(language, key)}": ${popupText}`);
  return `${language}: ${welcomeTitle} · ${optionsTitle} · badge "${badge}"`;
}

for (const language of LANGUAGES) {
  test(`chromium in ${language}: the first-run page, options, popup and badge are in ${language}`, async (t) => {
    const browser = await launchChromium({ uiLanguage: language, demo: sintaWaits(language) });
    t.defer(() => browser.close());
    t.log(await checkSpeaks(language, {
      welcome: () => waitFor('the first-run page to open by itself', () => browser.context.pages().find((p) => p.url().endsWith('/welcome.html'))),
      options: () => browser.openExtensionPage('options.html'),
      inbox: () => browser.openInbox(),
      popupText: async (inbox) => popupShows(await browser.openExtensionPage('popup.html', { activeTab: inbox }), 'the popup with Sinta', (text) => text.includes('Sinta Dewi')),
    }));
  });
}

for (const language of LANGUAGES) {
  test(`firefox in ${language}: the first-run page, options, popup and badge are in ${language}`, async (t) => {
    const browser = await launchFirefox({ uiLanguage: language, demo: sintaWaits(language) });
    t.defer(() => browser.close());
    t.log(await checkSpeaks(language, {
      welcome: () => waitFor('the first-run page to open by itself', () => browser.findTab('/welcome.html')),
      options: () => browser.openExtensionPage('options.html'),
      inbox: () => browser.openInbox(),
      popupText: (inbox) => firefoxPopupShows(browser, inbox, 'the popup with Sinta', (text) => text.includes('Sinta Dewi')),
    }));
  });
}
