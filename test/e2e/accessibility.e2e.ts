/**
 * axe-core finds no violation in the extension's own pages, in every state a user can bring about
 * (a new install's empty template list, starters added, each confirmation and the editor open,
 * settings not saved or refused; the popup over an inbox with people waiting, Away on, and over
 * another tab; the first-run page), and both pages can be used with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { popupShows } from './popup';
import { check, test, type TestContext } from './runner';
import { readEveryConversation } from './read-all';
import { waitFor } from './wait';

async function expectNoViolations(t: TestContext, page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  t.log(`${state}: ${violations.length} violations`);
  check(violations.length === 0, `axe, ${state}: ${violations.join('; ')}`);
}

const clickButton = (page: Page, text: string) => page.getByRole('button', { name: text, exact: false }).first().click();

test('chromium: axe finds no violation in the options page, in every state', async (t) => {
  const browser = await launchChromium();
  t.defer(() => browser.close());
  const options = await browser.openExtensionPage('options.html');
  await waitFor('the settings form', () => options.evaluate(() => !!document.querySelector('.settings-form')));
  await expectNoViolations(t, options, 'new install, no templates');

  await clickButton(options, 'Add starter templates');
  await waitFor('the starters', () => options.evaluate(() => document.querySelectorAll('.template-row').length === 6));
  await expectNoViolations(t, options, 'starters added, marked "edit before use"');

  await options.selectOption('.template-filter select', 'en');
  await clickButton(options, 'Delete the templates shown');
  await expectNoViolations(t, options, 'bulk delete confirmation');
  await options.keyboard.press('Escape');

  await options.click('.template-row [data-control="delete"]');
  await expectNoViolations(t, options, 'delete confirmation');
  await options.keyboard.press('Escape');

  await clickButton(options, 'New template');
  await clickButton(options, 'Save template');
  await waitFor('the editor\'s errors', () => options.evaluate(() => !!document.querySelector('.errors')));
  await expectNoViolations(t, options, 'template editor with errors');
  await options.keyboard.press('Escape');

  await options.fill('#field-ratePercent', '120');
  await expectNoViolations(t, options, 'settings not saved');
  await clickButton(options, 'Save settings');
  await waitFor('the rate error', () => options.evaluate(() => !!document.querySelector('#error-ratePercent')));
  await expectNoViolations(t, options, 'settings refused');

  await clickButton(options, 'Delete all data');
  await expectNoViolations(t, options, 'delete-all confirmation');
});

test('chromium: axe finds no violation in the popup and the first-run page', async (t) => {
  const browser = await launchChromium({ demo: { seed: { open: 'Sinta Dewi', threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', minutesAgo: 20 }] },
    { name: 'Ola Nordmann', messages: [{ from: 'customer', text: 'Hello?', minutesAgo: 3 }] },
  ] } } });
  t.defer(() => browser.close());
  const welcome = await waitFor('the first-run page', () => browser.context.pages().find((p) => p.url().endsWith('/welcome.html')));
  await waitFor('the first-run page to render', () => welcome.evaluate(() => !!document.querySelector('h1')));
  await expectNoViolations(t, welcome, 'first-run page');
  await clickButton(welcome, 'Turn on notifications');
  await waitFor('notifications on', () => welcome.evaluate(() => document.querySelector('[role="status"]')?.textContent !== ''));
  await expectNoViolations(t, welcome, 'first-run page, notifications on');

  const elsewhere = await browser.openExtensionPage('popup.html');
  await waitFor('the popup over another tab', () => elsewhere.evaluate(() => !document.body.innerText.includes('Loading')));
  await expectNoViolations(t, elsewhere, 'popup over a tab that is no inbox');

  const inbox = await browser.openInbox();
  await readEveryConversation(inbox); // figures, not the learning state (R14), so Away shows in them
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'the popup with Sinta', (text) => text.includes('Sinta Dewi'));
  await expectNoViolations(t, popup, 'popup with people waiting');
  await popup.click('[role="switch"]');
  await popupShows(popup, 'Away on', (text) => /Away until/.test(text));
  await expectNoViolations(t, popup, 'popup, Away on');
});

/** The focused element, as "TAG text" (or "BODY"). */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return !el || el === document.body ? 'BODY' : `${el.tagName} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
});

/** Waits (briefly: a render) until the focused element's name includes `name`; never <body>. */
async function focusLandsOn(page: Page, name: string, what: string): Promise<void> {
  await waitFor(`the focus on ${what}`, async () => (await focused(page)).includes(name), { timeoutMs: 2000 })
    .catch(async () => { throw new Error(`the focus is on ${await focused(page)}, not ${what}`); });
}

async function tabThrough(page: Page, stops: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  return seen;
}

test('chromium: the options page and the popup work with the keyboard alone', async (t) => {
  const browser = await launchChromium({ demo: { seed: { threads: [{ name: 'Sinta Dewi', messages: [{ from: 'customer', minutesAgo: 20 }] }] } } });
  t.defer(() => browser.close());
  const options = await browser.openExtensionPage('options.html');
  await waitFor('the settings form', () => options.evaluate(() => !!document.querySelector('.settings-form')));
  const stops = await tabThrough(options, 40);
  t.log(`options: ${stops.slice(0, 6).join(' → ')} …`);
  check(stops.findIndex((s) => s.startsWith('SELECT')) < 3, `the first setting is not among the first Tab stops: ${stops.slice(0, 4).join(', ')}`);
  check(stops.some((s) => s.includes('Save settings')), 'Tab never reaches "Save settings"');
  const add = stops.findIndex((s) => s.includes('Add starter templates'));
  check(add >= 0, `Tab never reaches "Add starter templates": ${stops.join(', ')}`);

  // Add starters, filter, bulk delete and cancel: keys only.
  await options.focus('.starters button');
  await options.keyboard.press('Enter');
  await waitFor('the starters', () => options.evaluate(() => document.querySelectorAll('.template-row').length === 6));
  await options.focus('.template-filter .danger');
  await options.keyboard.press('Enter');
  await focusLandsOn(options, 'Cancel', 'the bulk confirmation\'s Cancel');
  await options.keyboard.press('Enter');
  await focusLandsOn(options, 'Delete the templates shown', 'the bulk delete button after Cancel');

  const inbox = await browser.openInbox();
  await readEveryConversation(inbox); // figures, not the learning state (R14), so Away shows in them
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'the popup with Sinta', (text) => text.includes('Sinta Dewi'));
  const popupStops = await tabThrough(popup, 8);
  t.log(`popup: ${popupStops.join(' → ')}`);
  // Past the last control, Tab leaves the page (the browser's own UI) and comes round again.
  const round = popupStops.slice(0, popupStops.includes('BODY') ? popupStops.indexOf('BODY') : undefined);
  check(round.length >= 3 && round.every((s) => s.startsWith('BUTTON') || s.startsWith('SUMMARY')), `the popup's Tab round: ${popupStops.join(', ')}`);
  const away = round.findIndex((s) => s.includes('I am away'));
  check(away >= 0, `Tab never reaches the Away switch: ${popupStops.join(', ')}`);
  await popup.focus('[role="switch"]');
  await popup.keyboard.press('Space');
  await popupShows(popup, 'Away switched on with the keyboard', (text) => /Away until/.test(text));
});
