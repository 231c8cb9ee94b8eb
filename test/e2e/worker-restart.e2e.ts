/**
 * Chromium stops idle MV3 service workers whenever it likes. After a stop, the next popup
 * must still know who waits (the worker rebuilds from IndexedDB, nothing is held only in memory).
 */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { popupShows } from './popup';
import { waitFor } from './wait';

test('chromium: after the service worker is stopped, the popup still lists who waits', async (t) => {
  const browser = await launchChromium({
    demo: { seed: { threads: [
      { name: 'Giulia Romano', messages: [{ from: 'customer', text: 'Ciao?', minutesAgo: 25 }] },
      { name: 'Ola Nordmann', messages: [{ from: 'customer', minutesAgo: 90 }, { from: 'page', minutesAgo: 80 }] },
    ] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const lists = (text: string) => text.includes('Giulia Romano');

  const first = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(first, 'Giulia in the popup', lists);
  await first.close();

  await browser.stopServiceWorker();
  check(browser.workerStatus() === 'stopped', `worker not stopped: ${browser.workerStatus()}`);
  const second = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  // No reload: this popup's first answer must already come from the restarted worker.
  await waitFor('Giulia in the popup after the restart', async () => lists(await second.evaluate(() => document.body.innerText)));
  check(browser.workerStatus() === 'running', `the worker did not start again: ${browser.workerStatus()}`);
});
