/**
 * The virtualised list in real Chromium: rows recycled while scrolling (the `recreateRows`
 * list, whose row elements show whichever conversation sits at their position), one row
 * rendered twice, class names renamed by a "new build". Badges must follow the conversation,
 * not the recycled element, and never stack up in one row.
 */
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { waitFor } from './wait';

test('chromium: badges survive recycled rows, duplicated rows and renamed classes', async (t) => {
  const browser = await launchChromium(); // the default demo inbox: 25 conversations
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await inbox.evaluate(() => window.demoInbox.setQuirks({ recreateRows: true }));

  // Per rendered row: the name and the texts of its badges (open shadow roots, minus styles).
  const rows = () => inbox.evaluate(() => [...document.querySelectorAll('div[role="presentation"]')].map((row) => ({
    name: row.querySelector('[data-surface*="thread_title"]')?.textContent ?? '',
    badges: [...row.querySelectorAll('*')].filter((e) => e.shadowRoot)
      .map((e) => [...e.shadowRoot!.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent ?? '').join(' ')),
  })));
  const scrollTo = (top: number) => inbox.evaluate((y) => { document.querySelector('.demo-scroller')!.scrollTop = y; }, top);

  await waitFor('a badge on Giulia Romano (waiting 42 min)', async () => (await rows()).some((r) => r.name === 'Giulia Romano' && r.badges.length === 1));

  await scrollTo(1500); // Giulia's row element now shows someone who was answered
  await inbox.evaluate(() => window.demoInbox.customerWrites('Freja Nielsen', 'Hej, er I åbne i dag?', { minutesAgo: 30 * 24 * 60 }));
  await scrollTo(0);
  await inbox.evaluate(() => { window.demoInbox.rotateClassNames(); window.demoInbox.customerWrites('Ole Test', 'New here', { minutesAgo: 1 }); });
  for (let i = 0; i < 4; i += 1) await inbox.evaluate((n) => window.demoInbox.customerWrites('Sinta Dewi', `again ${n}`), i);

  const settled = await waitFor('badges to match the rows again', async () => {
    const now = await rows();
    // A duplicated row may or may not carry its own badge; the conversation must have one.
    const badged = (name: string) => now.some((r) => r.name === name && r.badges.length === 1);
    return badged('Sinta Dewi') && badged('Ole Test') && badged('Giulia Romano') ? now : null;
  });
  for (const row of settled) check(row.badges.length <= 1, `${row.name} carries ${row.badges.length} badges: ${row.badges.join(' / ')}`);
  const answered = settled.filter((r) => ['Ola Nordmann', 'Kari Hansen', 'Anna Schmidt'].includes(r.name));
  check(answered.length > 0, `expected answered conversations in view: ${settled.map((r) => r.name).join(', ')}`);
  for (const row of answered) check(!row.badges.some((b) => /\d/.test(b)), `answered ${row.name} shows a wait: ${row.badges.join(' / ')}`);
  t.log(settled.map((r) => `${r.name}: ${r.badges.join(' / ') || '—'}`).join('\n    '));
});
