/**
 * A suggested template, from the popup into the inbox's composer: the open conversation's
 * latest customer message asks about shipping, the popup over the inbox suggests the Shipping
 * starter template first, and choosing it with the keyboard (Enter) puts its text, the
 * customer's first name filled in, into the demo's Lexical composer; choosing it again adds it
 * on a new line.
 */
import { launchChromium } from './chromium';
import { addStarterTemplates } from './starters';
import { check, test } from './runner';
import { waitFor } from './wait';

const COMPOSER = '[role="textbox"][data-lexical-editor="true"]';

test('chromium: the popup suggests a shipping template for a shipping question and inserts it with the first name', async (t) => {
  const browser = await launchChromium({ demo: { seed: {
    open: 'Sinta Dewi',
    threads: [
      { name: 'Sinta Dewi', messages: [
        { from: 'customer', text: 'Hello! I saw your blue scarf.', minutesAgo: 40 },
        { from: 'page', text: 'Hi Sinta, it is in stock.', minutesAgo: 34 },
        { from: 'customer', text: 'Do you ship to Oslo? How long does delivery take?', minutesAgo: 3 },
      ] },
      { name: 'Ola Nordmann', messages: [{ from: 'customer', text: 'What are your opening hours?', minutesAgo: 12 }] },
    ],
  } } });
  t.defer(() => browser.close());
  await addStarterTemplates(browser);
  const inbox = await browser.openInbox();
  check(await inbox.evaluate(() => window.demoInbox.openThread()?.name === 'Sinta Dewi'), 'the seed did not open Sinta');
  const composerText = () => inbox.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? '', COMPOSER);
  check((await composerText()) === '', 'the composer is not empty before choosing a template');

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  // The popup asks the inbox tab for its open conversation when it opens; reopen until the
  // content script has read the transcript.
  const first = await waitFor('suggested templates in the popup', async () => {
    await popup.reload();
    return waitFor('the popup to settle', () => popup.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.suggestions button.suggestion')];
      if (buttons.length) return buttons.map((b) => ({ action: b.querySelector('.suggestion-action')?.textContent ?? '', text: b.querySelector('.suggestion-text')?.textContent ?? '' }));
      const empty = document.querySelector('.suggestions .empty')?.textContent;
      return empty && !/Loading/i.test(empty) ? [] : null;
    }), { timeoutMs: 10_000 }).then((list) => (list.length ? list : null));
  }, { intervalMs: 1000 });
  t.log(`suggested: ${first.map((s) => s.action).join(' / ')}`);
  const shipping = first[0]!;
  check(/Shipping/.test(shipping.action), `the first suggestion is not the shipping template: ${first.map((s) => s.action).join(' / ')}`);
  check(/^Hi Sinta, we ship/.test(shipping.text), `the suggestion is not rendered with the first name: ${shipping.text}`);
  check(!shipping.text.includes('{'), `a raw placeholder in the suggestion: ${shipping.text}`);
  check(/Insert/i.test(shipping.action), `the popup did not find the composer (offers: ${shipping.action})`);

  // Keyboard: focus the first suggestion and press Enter.
  await popup.focus('.suggestions button.suggestion');
  await popup.keyboard.press('Enter');
  await waitFor('the outcome to say inserted', () => popup.evaluate(() => /insert/i.test(document.querySelector('.suggestions .outcome')?.textContent ?? '')));
  const inserted = await waitFor('the template text in the composer', async () => {
    const text = await composerText();
    return text.includes('we ship within') ? text : null;
  });
  check(inserted.replace(/\s+/g, ' ') === shipping.text.replace(/\s+/g, ' '), `composer holds "${inserted}", expected "${shipping.text}"`);
  check(inserted.startsWith('Hi Sinta,') && !inserted.includes('Dewi'), `first name not filled as a first name: ${inserted}`);

  // A second insert goes on a line of its own, not glued to the first ("…days.Hi Sinta").
  await popup.focus('.suggestions button.suggestion');
  await popup.keyboard.press('Enter');
  const twice = await waitFor('the template a second time in the composer', async () => {
    const text = await composerText();
    return text.split('we ship within').length === 3 ? text : null;
  });
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  check(oneLine(twice) === `${oneLine(shipping.text)} ${oneLine(shipping.text)}` && /\n\s*Hi Sinta,/.test(twice),
    `the second insert does not start on its own line: ${JSON.stringify(twice)}`);

  // Sent with Enter in the inbox, it is the Page's reply and Sinta no longer waits.
  await inbox.click(COMPOSER);
  await inbox.keyboard.press('End');
  await inbox.keyboard.press('Enter');
  await waitFor('the reply in the transcript', () => inbox.evaluate(() => document.body.innerText.includes('we ship within 1–2 working days')));
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
});
