/**
 * The popup stays live while it is open: a customer who writes, or a conversation the agent has
 * just opened, shows in it without reopening it (the worker tells the popup when the Page changed),
 * and its suggested replies follow the conversation open in the inbox.
 * Nothing here reloads the popup: `popupShows` would, so the text is read as it stands.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { addStarterTemplates } from './starters';
import { readEveryConversation } from './read-all';
import { check, test } from './runner';
import { waitFor } from './wait';

const SEED = { seed: { threads: [{ name: 'Ola Nordmann', messages: [{ from: 'customer' as const, minutesAgo: 50 }, { from: 'page' as const, minutesAgo: 46 }] }] } };
const WAIT = { timeoutMs: 10_000 };

test('chromium: a customer writing while the popup is open shows in it without reopening it', async (t) => {
  const browser = await launchChromium({ demo: SEED });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await readEveryConversation(inbox);
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const text = () => popup.evaluate(() => document.body.innerText);
  await waitFor('the popup with nobody waiting', async () => (await text()).includes('Nobody is waiting'));

  await inbox.evaluate(() => window.demoInbox.customerWrites('Sinta Dewi', 'Do you ship to Oslo?', { minutesAgo: 3 }));
  const shown = await waitFor('Sinta in the open popup', async () => ((await text()).includes('Sinta Dewi') ? text() : null), WAIT);
  t.log(shown.split('\n').filter((line) => /Waiting|Sinta/.test(line)).join(' | '));
  check(/Waiting \(1\)/.test(shown), 'the waiting count did not follow');
});

test('chromium: the open popup\'s suggested replies follow the conversation opened in the inbox', async (t) => {
  const browser = await launchChromium({ demo: { seed: { open: 'Sinta Dewi', threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', minutesAgo: 3 }] },
    { name: 'Ola Nordmann', messages: [{ from: 'customer', text: 'What are your opening hours?', minutesAgo: 12 }] },
  ] } } });
  t.defer(() => browser.close());
  await addStarterTemplates(browser);
  const inbox = await browser.openInbox();
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const greeting = () => popup.evaluate(() => document.querySelector('.suggestion-text')?.textContent ?? '');
  await waitFor('suggestions for Sinta', async () => (await greeting()).startsWith('Hi Sinta'), WAIT);
  await inbox.evaluate(() => window.demoInbox.open('Ola Nordmann'));
  t.log(`after opening Ola: ${await waitFor('suggestions for Ola', async () => ((await greeting()).startsWith('Hi Ola') ? greeting() : null), WAIT)}`);
});

test('firefox: a customer writing while the popup is open shows in it without reopening it', async (t) => {
  const browser = await launchFirefox({ demo: SEED });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await inbox.evaluate(`window.demoInbox.open('Ola Nordmann')`);
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const text = async () => (await popup.evaluate('document.body.innerText')) as string;
  await waitFor('the popup with nobody waiting', async () => (await text()).includes('Nobody is waiting'));
  await inbox.evaluate(`window.demoInbox.customerWrites('Sinta Dewi', 'Do you ship to Oslo?', { minutesAgo: 3 })`);
  await waitFor('Sinta in the open popup', async () => (await text()).includes('Sinta Dewi'), WAIT);
});
