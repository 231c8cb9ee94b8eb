/** The built add-on in real Firefox ESR on the demo inbox: it installs, runs and renders. */
import { launchFirefox } from './firefox';
import { check, test } from './runner';
import { waitFor } from './wait';

test('firefox: add-on installs, content script runs on the inbox, popup renders', async (t) => {
  const browser = await launchFirefox();
  t.defer(() => browser.close());

  const inbox = await browser.openInbox();
  await waitFor('the content script to mark the page', () => inbox.evaluate(() => document.documentElement.dataset.replyclock));

  const popup = await browser.openExtensionPage('popup.html');
  await waitFor('the popup to render', () => popup.evaluate(() => (document.getElementById('app')?.textContent ?? '').trim().length > 0));

  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});
