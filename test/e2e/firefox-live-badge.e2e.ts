/**
 * Firefox ESR: a customer who writes while the inbox is open (not seeded) gets an inline badge
 * on their own row — not on the answered row beside it — and the Page's reply takes it away.
 */
import { launchFirefox } from './firefox';
import { check, test } from './runner';
import { waitFor } from './wait';

/** The badge texts in the row showing `name` (badges live in open shadow roots). */
function badgeScript(name: string): string {
  return `(() => {
    const rows = [...document.querySelectorAll('div[role="presentation"]')]
      .filter((row) => row.querySelector('[data-surface*="thread_title"]')?.textContent === ${JSON.stringify(name)});
    const shown = (root) => [...root.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent ?? '').join(' ');
    return rows.flatMap((row) => [...row.querySelectorAll('*')].map((e) => (e.shadowRoot ? shown(e.shadowRoot) : ''))).filter(Boolean).join(' | ');
  })()`;
}

test('firefox: a customer writing while the inbox is open gets a badge on their row; a reply removes it', async (t) => {
  const browser = await launchFirefox({ demo: { seed: { duplicateRows: false, threads: [
    { name: 'Ola Nordmann', messages: [{ from: 'customer', minutesAgo: 90 }, { from: 'page', minutesAgo: 84 }] },
  ] } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await waitFor('the content script to mark the page', () => inbox.evaluate(() => document.documentElement.dataset.replyclock));
  check(await inbox.evaluate(badgeScript('Ola Nordmann')) === '', 'an answered conversation shows a badge');

  await inbox.evaluate(`window.demoInbox.customerWrites('Sinta Dewi', 'Do you ship to Oslo?', { minutesAgo: 9 })`);
  const badge = await waitFor('a badge on Sinta\'s row', async () => (await inbox.evaluate(badgeScript('Sinta Dewi'))) as string);
  t.log(`badge: ${badge}`);
  check(/Reply soon/.test(badge) && /9\smin/.test(badge), `the badge should say reply soon after a 9-minute wait: ${badge}`);
  check(await inbox.evaluate(badgeScript('Ola Nordmann')) === '', 'the answered row beside it shows a badge');

  await inbox.evaluate(`window.demoInbox.open('Sinta Dewi')`);
  await inbox.evaluate(`window.demoInbox.pageReplies('Sinta Dewi', { text: 'Yes, in 2–3 days.' })`);
  await waitFor('the reply to take the badge away', async () => !/Reply soon|Late|waiting/.test((await inbox.evaluate(badgeScript('Sinta Dewi'))) as string));
  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});
