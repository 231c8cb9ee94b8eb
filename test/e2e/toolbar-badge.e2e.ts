/**
 * The toolbar (action) badge in Chromium: empty while nobody has waited half the target, "1"
 * once a customer has waited past 7.5 minutes (half of 15), with a title that says it in
 * words; a reply clears it. Time is played by backdating (test/demo/README.md "Time").
 */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { readEveryConversation } from './read-all';
import { waitFor } from './wait';

interface ToolbarBadge { text: string; title: string }

test('chromium: the toolbar badge counts a customer waiting past half the target, a reply clears it', async (t) => {
  const wroteAt = Date.now() - 7.4 * 60_000; // half of 15 min in 6 real seconds
  const browser = await launchChromium({ demo: { seed: { threads: [
    { name: 'Sinta Dewi', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', at: wroteAt }] },
    { name: 'Ola Nordmann', messages: [{ from: 'customer', minutesAgo: 180 }, { from: 'page', minutesAgo: 176 }] },
  ] } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await readEveryConversation(inbox);
  const tabId = await browser.tabIdOf(inbox);
  const toolbar = async (): Promise<ToolbarBadge> => (await browser.serviceWorker()).evaluate(async (id) => {
    const action = (globalThis as unknown as { chrome: { action: {
      getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string>;
    } } }).chrome.action;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);

  // The background has published for this tab once its title names the Page's state.
  const before = await waitFor('the background to publish a badge for the inbox tab', async () => {
    const badge = await toolbar();
    return /ReplyClock: /.test(badge.title) && badge.title !== 'ReplyClock' ? badge : null;
  });
  check(Date.now() < wroteAt + 7.5 * 60_000, 'the machine was too slow to see the badge before half the target');
  check(before.text === '', `badge shows "${before.text}" before half the target (title: ${before.title})`);

  const counting = await waitFor('the badge to show 1', async () => {
    const badge = await toolbar();
    return badge.text === '1' ? badge : null;
  }, { timeoutMs: 100_000, intervalMs: 500 });
  check(Date.now() >= wroteAt + 7.5 * 60_000, 'the badge counted before half the target');
  check(/1 conversation waiting past half the response-time target/.test(counting.title),
    `title does not say it in words: ${counting.title}`);
  t.log(`before: "${before.text}" (${before.title})  →  "${counting.text}" (${counting.title})`);
  // The worker recomputes on a one-minute alarm: the badge may follow the crossing by up to a minute.
  t.log(`badge counted ${((Date.now() - (wroteAt + 7.5 * 60_000)) / 1000).toFixed(1)} s after the crossing`);

  await inbox.evaluate(() => window.demoInbox.open('Sinta Dewi'));
  await inbox.evaluate(() => window.demoInbox.pageReplies('Sinta Dewi', { text: 'Yes, in 2–3 days.' }));
  const cleared = await waitFor('the reply to clear the badge', async () => {
    const badge = await toolbar();
    return badge.text === '' ? badge : null;
  }, { timeoutMs: 60_000, intervalMs: 500 });
  check(/no conversation waiting/.test(cleared.title), `title still says someone waits: ${cleared.title}`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 200_000 });
