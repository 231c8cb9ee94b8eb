/** The built extension in real Chromium on the demo inbox: it loads, runs and renders. */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { waitFor } from './wait';

test('chromium: content script runs on the inbox, worker is up, popup renders', async (t) => {
  const browser = await launchChromium();
  t.defer(() => browser.close());
  check(/^[a-p]{32}$/.test(browser.extensionId), `extension id looks wrong: ${browser.extensionId}`);

  const inbox = await browser.openInbox();
  await waitFor('the content script to mark the page', () => inbox.evaluate(() => document.documentElement.dataset.replyclock));

  const worker = await browser.serviceWorker();
  const runtimeId = await worker.evaluate(() => (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
  check(runtimeId === browser.extensionId, `background worker does not answer (runtime id ${runtimeId})`);

  const popup = await browser.openExtensionPage('popup.html');
  await waitFor('the popup to render', () => popup.evaluate(() => (document.getElementById('app')?.textContent ?? '').trim().length > 0));

  await browser.stopServiceWorker();
  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});
