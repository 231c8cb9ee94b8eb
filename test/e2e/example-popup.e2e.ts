/** The README's example, kept as a real test so the documented API cannot drift. */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { waitFor } from './wait';

test('chromium: the popup lists a customer who waits', async (t) => {
  const browser = await launchChromium({
    demo: { seed: { threads: [{ name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Hi?', minutesAgo: 20 }] }] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await waitFor('Sinta in the popup', () => popup.evaluate(() => document.body.innerText.includes('Sinta Dewi')));

  await inbox.evaluate(() => window.demoInbox.pageReplies('Sinta Dewi', { text: 'Hello!' }));
  await popup.reload();
  await waitFor('nobody waiting', () => popup.evaluate(() => !document.body.innerText.includes('Sinta Dewi')));
  check(browser.blockedRequests.length === 0, `requests: ${browser.blockedRequests.join(', ')}`);
});
