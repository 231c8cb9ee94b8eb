/**
 * Chromium stops idle MV3 service workers whenever it likes. After a stop, the next popup
 * must still know who waits and what it learnt from a transcript (the worker rebuilds from
 * IndexedDB, nothing is held only in memory). On both transcript builds (builds.ts).
 */
import { DEMO_BUILDS, onBuild } from './builds';
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { popupShows } from './popup';
import { readEveryConversation } from './read-all';
import { waitFor } from './wait';

const MINUTE = 60_000;

for (const build of DEMO_BUILDS) test(onBuild('chromium: after the service worker is stopped, the popup still knows who waits and the response time', build), async (t) => {
  // On a whole minute, so that the id-less build's divider names the request's exact time.
  const askedAt = Math.floor((Date.now() - 90 * MINUTE) / MINUTE) * MINUTE;
  const browser = await launchChromium({
    demo: { build, seed: { threads: [
      { name: 'Giulia Romano', messages: [{ from: 'customer', text: 'Ciao?', minutesAgo: 25 }] },
      { name: 'Ola Nordmann', messages: [{ from: 'customer', at: askedAt }, { from: 'page', at: askedAt + 10 * MINUTE }] },
    ] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await readEveryConversation(inbox);
  // Ola's request is only in the transcript (the list row shows the reply): 10 min once it is read.
  // The id-less build dates the request only by its divider's minute (R13): 9–10 min.
  await inbox.evaluate(() => window.demoInbox.open('Ola Nordmann'));
  const time = build === 'ids' ? /Response time\s+10\smins?\b/ : /Response time\s+9–10\smins?\b/;
  const knows = (text: string) => text.includes('Giulia Romano') && time.test(text);

  const first = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(first, 'Giulia waiting and a 10 min response time in the popup', knows);
  await first.close();

  // Returns once CDP reported the worker stopped (the open inbox may wake it again at once).
  await browser.stopServiceWorker();
  const second = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  // No reload: this popup's first answer must already come from the restarted worker.
  await waitFor('the same in the popup after the restart', async () => knows(await second.evaluate(() => document.body.innerText)));
  check(browser.workerStatus() === 'running', `the worker did not start again: ${browser.workerStatus()}`);
});
