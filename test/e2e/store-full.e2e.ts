/**
 * A full store is said in words. Filling a real quota is not feasible here (Chromium grants an
 * extension a share of the whole disk), so the running worker's IndexedDB is made to refuse every
 * write with the browser's own QuotaExceededError — the error a full disk gives — and nothing in
 * the build is changed for the test. The popup must say that the storage is full and, once the
 * batch has been tried enough, that it was given up.
 */
import { launchChromium } from './chromium';
import { popupShows } from './popup';
import { check, test } from './runner';

/** Every IndexedDB write in the worker throws as a full disk makes it. */
const REFUSE_WRITES = `(() => {
  const refuse = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  IDBObjectStore.prototype.put = refuse;
  IDBObjectStore.prototype.add = refuse;
  return true;
})()`;

test('chromium: with the storage full, the popup says so in words and counts what was given up', async (t) => {
  const browser = await launchChromium({ demo: { seed: { open: 'Lars Berg', threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', minutesAgo: 5 }] },
    { name: 'Lars Berg', messages: [{ from: 'customer', minutesAgo: 3000 }, { from: 'page', minutesAgo: 2990 }] },
  ] } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'Sinta waiting, no storage notice', (text) => text.includes('Sinta Dewi') && !text.includes('storage'));

  check(await (await browser.serviceWorker()).evaluate(REFUSE_WRITES), 'could not make the worker refuse writes');
  await inbox.evaluate(() => window.demoInbox.customerWrites('Lars Berg', 'Are you there?'));

  const full = await popupShows(popup, 'the popup to say the storage is full', (text) => text.includes("The browser's storage for extensions is full. Free some disk space"));
  check(!full.includes('could not load the figures'), `the popup failed instead of showing its figures: ${full}`);
  // Each failing batch is tried six times over about half a minute, then given up: the popup counts them.
  await popupShows(popup, 'the popup to count the given-up batches', (text) => /\d+ sets? of observations from this inbox could not be saved and (was|were) given up/.test(text), { timeoutMs: 70_000 });
  check(browser.workerStatus() === 'running', 'the worker stopped (and lost the refusal) during the test');
}, { timeoutMs: 120_000 });
