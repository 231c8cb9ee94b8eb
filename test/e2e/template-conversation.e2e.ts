/**
 * A template goes only into the conversation it was rendered for: the popup suggests templates
 * for Sinta, the agent opens Ola's conversation in the inbox meanwhile, and choosing Sinta's
 * template then inserts nothing — the popup says another conversation is open. (The popup asks
 * again once the worker says the Page changed; here it does not hear that, as in the moment
 * before the word arrives, so that the click is on Sinta's template.)
 */
import { launchChromium } from './chromium';
import { addStarterTemplates } from './starters';
import { check, test } from './runner';
import { waitFor } from './wait';

const COMPOSER = '[role="textbox"][data-lexical-editor="true"]';

test('chromium: a template rendered for one conversation is not inserted into another', async (t) => {
  const browser = await launchChromium({ demo: { seed: {
    open: 'Sinta Dewi',
    threads: [
      { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo? How long does delivery take?', minutesAgo: 3 }] },
      { name: 'Ola Nordmann', messages: [{ from: 'customer', text: 'What are your opening hours?', minutesAgo: 12 }] },
    ],
  } } });
  t.defer(() => browser.close());
  await addStarterTemplates(browser);
  const inbox = await browser.openInbox();
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popup.addInitScript(holdBackPageChanged);
  await waitFor('suggestions for Sinta in the popup', async () => {
    await popup.reload();
    return waitFor('the popup to settle', () => popup.evaluate(() => {
      const text = document.querySelector('.suggestions .suggestion-text')?.textContent ?? '';
      if (text) return text.startsWith('Hi Sinta');
      const empty = document.querySelector('.suggestions .empty')?.textContent;
      return empty && !/Loading/i.test(empty) ? false : null;
    }), { timeoutMs: 10_000 }).then((ready) => ready || null);
  }, { intervalMs: 1000 });

  await inbox.evaluate(() => window.demoInbox.open('Ola Nordmann'));
  await waitFor('Ola open in the inbox', () => inbox.evaluate(() => window.demoInbox.openThread()?.name === 'Ola Nordmann'));
  await popup.click('.suggestions button.suggestion');
  const outcome = await waitFor('the outcome', () => popup.evaluate(() => document.querySelector('.suggestions .outcome')?.textContent || null));
  check(/another conversation is open/.test(outcome), `the popup says: ${outcome}`);
  const composer = await inbox.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? '', COMPOSER);
  check(composer === '', `Ola's reply box holds: ${composer}`);
});

/** Init script for the popup: the worker's "the Page changed" never reaches its listeners. */
function holdBackPageChanged(): void {
  type Listener = (message: unknown, ...rest: unknown[]) => unknown;
  const onMessage = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } }).chrome.runtime.onMessage;
  const add = onMessage.addListener.bind(onMessage);
  onMessage.addListener = (listener) => add((message, ...rest) => ((message as { type?: string })?.type === 'backgroundToUi:pageChanged' ? undefined : listener(message, ...rest)));
}
