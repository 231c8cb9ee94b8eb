/**
 * R13 in the demo: on the id-less build three replies sit in their question's divider run, so the
 * response time is a range across the 15-minute target. Once every conversation is read, the popup
 * says the badge is uncertain, how many replies are timed only within a range, and, since opening
 * cannot narrow a time inside a run, that only time settles it.
 */
import { UNCERTAIN_DEMO, UNCERTAIN_RUN_NAMES } from '../demo/uncertain-seed';
import { launchChromium } from './chromium';
import { popupShows } from './popup';
import { readEveryConversation } from './read-all';
import { check, test } from './runner';

test('chromium, no ids: replies inside their question\'s divider run make the badge uncertain, and the popup says why', async (t) => {
  const browser = await launchChromium({ demo: UNCERTAIN_DEMO });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await readEveryConversation(inbox);

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const ranged = `${UNCERTAIN_RUN_NAMES.length} replies are timed only within a range: the inbox shows no time for them.`;
  const text = await popupShows(popup, 'the uncertain badge and its ranged replies', (shown) => shown.includes('badge uncertain') && shown.includes('timed only within a range'));
  t.log(text.split('\n').filter(Boolean).slice(0, 16).join(' | '));
  const count = await popup.evaluate(() => document.querySelector('.ranged-count')?.textContent);
  check(count === ranged, `the ranged replies read "${count}", not "${ranged}"`);
  check(text.includes('maybe met'), 'the time is not marked "maybe met"');
  check(/Answer new messages within 15\smins? to be sure/.test(text), 'the advice to answer quickly is missing');
  check(text.includes('Opening them will not help; they count until they leave the 30-day window.'), 'the popup does not say that opening cannot settle it');
  check(!(await popup.evaluate(() => document.querySelector('.pinnable'))), 'the popup offers conversations to open that opening cannot settle');
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 150_000 });
