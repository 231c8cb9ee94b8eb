/**
 * When the extension is reloaded or updated, the content script already in an open inbox is cut off
 * from it (Chromium does not inject the new one into open tabs). It must notice by itself — no
 * event from the page, which could fake one — and take its badges down instead of showing stale
 * waits that nothing updates any more.
 */
import { launchChromium } from './chromium';
import { test } from './runner';
import { waitFor } from './wait';

const BADGE_COUNT = `document.querySelectorAll('[data-replyclock-badge]').length`;

test('chromium: after the extension is reloaded, the cut-off content script takes its badges down', async (t) => {
  const browser = await launchChromium({ demo: { seed: { threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', minutesAgo: 5 }] },
  ] } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await waitFor('a badge on the waiting row', async () => Number(await inbox.evaluate(BADGE_COUNT)) > 0);

  const worker = await browser.serviceWorker();
  void worker.evaluate('chrome.runtime.reload()').catch(() => undefined); // the worker goes away with its answer
  await waitFor('the cut-off script to take its badges down', async () => Number(await inbox.evaluate(BADGE_COUNT)) === 0);
});
