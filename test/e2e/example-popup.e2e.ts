/** The README's example, kept as a real test so the documented API cannot drift. */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { popupShows } from './popup';

test('chromium: the popup lists a customer who waits', async (t) => {
  const browser = await launchChromium({
    demo: { seed: { threads: [{ name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Hi?', minutesAgo: 20 }] }] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'Sinta in the popup', (text) => text.includes('Sinta Dewi'));

  // Answered in the open conversation: a reply seen only as the list's "You: …" could be an instant reply.
  await inbox.evaluate(() => window.demoInbox.open('Sinta Dewi'));
  await inbox.evaluate(() => window.demoInbox.pageReplies('Sinta Dewi', { text: 'Hello!' }));
  await popupShows(popup, 'nobody waiting', (text) => !text.includes('Sinta Dewi'));
  check(browser.blockedRequests.length === 0, `requests: ${browser.blockedRequests.join(', ')}`);
});
