/**
 * The demo inbox itself, in real Chromium: other e2e tests rely on it behaving like the
 * Business Suite inbox described in docs/inbox-dom.md, so its quirks are checked here.
 */
import { parseDisplayedTime } from '../../core/inbox/timestamps';
import { launchChromium } from './chromium';
import { check, test } from './runner';
import { waitFor } from './wait';

test('demo inbox: virtualised list, SPA URL, composer sends as the Page, languages', async (t) => {
  const browser = await launchChromium();
  t.defer(() => browser.close());
  const page = await browser.openInbox();

  // Virtualised: 25 conversations, about a dozen rows in the DOM, absolutely positioned.
  const list = () => page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-surface*="bizweb_inbox:thread_list"] div[role="presentation"]')];
    return {
      rows: rows.length,
      names: rows.map((r) => r.querySelector('[data-surface*="thread_title"]')?.textContent ?? ''),
      absolute: rows.every((r) => getComputedStyle(r.parentElement!).position === 'absolute'),
    };
  });
  const first = await list();
  const total = await page.evaluate(() => window.demoInbox.threads().filter((x) => x.folder === 'inbox').length);
  check(total > 20 && first.rows <= 13 && first.rows >= 10, `expected ~12 of ${total} rows rendered, got ${first.rows}`);
  check(first.absolute, 'rows are not absolutely positioned');
  await page.evaluate(() => { document.querySelector('.demo-scroller')!.scrollTop = 1200; });
  await waitFor('rows to be recycled after scrolling', async () => !(await list()).names.includes('Sinta Dewi'));
  const seenDuplicate = await page.evaluate(async () => {
    for (let i = 0; i < 6; i += 1) {
      window.demoInbox.customerWrites('Kari Hansen', `ping ${i}`, { minutesAgo: 30 * 24 * 60 - i });
      const names = [...document.querySelectorAll('[data-surface*="thread_title"]')].map((e) => e.textContent);
      if (new Set(names).size < names.length) return true;
    }
    return false;
  });
  check(seenDuplicate, 'the duplicated-row quirk never showed');

  // Opening a conversation updates the URL without a load.
  await page.evaluate(() => window.demoInbox.open('Sinta Dewi'));
  const url = new URL(page.url());
  check(/^\d{15}$/.test(url.searchParams.get('selected_item_id') ?? ''), `selected_item_id missing in ${page.url()}`);
  check(url.pathname === '/latest/inbox/messenger' && url.searchParams.get('asset_id') === '111', `URL shape changed: ${page.url()}`);

  // Typing in the composer and pressing Enter sends as the Page, by a person.
  await page.click('[role="textbox"][contenteditable="true"][data-lexical-editor="true"]');
  await page.keyboard.type('Yes, we ship to Oslo.');
  await page.keyboard.press('Enter');
  const sent = await waitFor('the reply to appear', () => page.evaluate(() => {
    const bubbles = [...document.querySelectorAll('[role="region"] [data-message-id^="mid.$"]')];
    const last = bubbles[bubbles.length - 1];
    if (last?.textContent !== 'Yes, we ship to Oslo.') return null;
    return {
      side: getComputedStyle(last.parentElement!).justifyContent,
      inlineStyle: last.parentElement!.getAttribute('style'),
      sentBy: last.closest('[data-utime]')?.textContent ?? '',
      preview: document.querySelector('._4ik4')?.textContent ?? '',
    };
  }));
  check(sent.side === 'flex-end' && sent.inlineStyle === null, `the reply is not on the right by class: ${JSON.stringify(sent)}`);
  check(sent.sentBy.includes('Sent by Fah Somchai'), `no "Sent by" label: ${sent.sentBy}`);
  check(sent.preview === 'You: Yes, we ship to Oslo.', `preview of the top row: ${sent.preview}`);

  // Translated labels.
  await page.evaluate(() => window.demoInbox.setLanguage('de'));
  const german = await page.evaluate(() => ({
    region: document.querySelector('[role="region"]')!.getAttribute('aria-label'),
    preview: document.querySelector('._4ik4')?.textContent,
  }));
  check(german.region?.startsWith('Container für die Nachrichtenliste') && german.preview?.startsWith('Du: '), `not German: ${JSON.stringify(german)}`);

  // Back in history closes nothing but re-opens the previous URL's conversation (SPA popstate).
  await page.evaluate(() => window.demoInbox.open('Lukas Berger'));
  await page.goBack();
  await waitFor('popstate to reopen Sinta Dewi', () => page.evaluate(() => window.demoInbox.openThread()?.name === 'Sinta Dewi'));
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
});

test('demo inbox: the harness seeds the page before it loads', async (t) => {
  const browser = await launchChromium({
    demo: { language: 'it', seed: { threads: [{ name: 'Anna Test', messages: [{ from: 'customer', text: 'Ciao', minutesAgo: 14 }] }] } },
  });
  t.defer(() => browser.close());
  const page = await browser.openInbox();
  const row = await page.evaluate(() => ({
    names: [...document.querySelectorAll('[data-surface*="thread_title"]')].map((e) => e.textContent),
    utime: Number(document.querySelector('abbr[data-utime]')?.getAttribute('data-utime')),
    today: document.querySelector('.accessible_elem')?.textContent,
  }));
  check(row.names.every((n) => n === 'Anna Test') && row.names.length >= 1, `seeded rows: ${row.names.join(', ')}`);
  const minutesAgo = (Date.now() / 1000 - row.utime) / 60;
  check(minutesAgo > 13.5 && minutesAgo < 15, `data-utime should be ~14 min ago, is ${minutesAgo.toFixed(2)}`);
  // 14 minutes ago is yesterday just after midnight in the demo's zone (Europe/Berlin).
  const berlinDay = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { timeZone: 'Europe/Berlin' });
  const expectedDay = berlinDay(row.utime * 1000) === berlinDay(Date.now()) ? 'Oggi' : 'Ieri';
  check(row.today === expectedDay, `accessible day word: ${row.today}, expected ${expectedDay}`);
});

test('demo inbox: the id-less build draws the transcript as the raw pages of 2026 do', async (t) => {
  const MINUTE = 60_000;
  const now = Date.now();
  const askedAt = now - 26 * 60 * MINUTE;
  const browser = await launchChromium({ demo: { build: 'no-ids', seed: { duplicateRows: false, open: 'Giulia Romano', threads: [{
    name: 'Giulia Romano', fromAd: true, messages: [
      { from: 'customer', text: 'Ciao!', at: askedAt }, { from: 'customer', text: '', at: askedAt + 30_000 },
      { from: 'page', automated: 'instant_reply', text: 'Thanks for messaging us!', at: askedAt + 40_000 },
      { from: 'page', agent: 'Jonas Lind', text: 'Hi Giulia, how can we help?', at: askedAt + 6 * MINUTE },
      { from: 'page', agent: 'Jonas Lind', text: 'We ship everywhere.', at: askedAt + 7 * MINUTE },
      { from: 'customer', text: 'Grazie', at: now - 3 * MINUTE },
    ] }] } } });
  t.defer(() => browser.close());
  const page = await browser.openInbox();

  const drawn = await page.evaluate(() => {
    const region = document.querySelector('[role="region"]')!;
    const runs = [...region.children].filter((block) => block.querySelector('[dir="auto"]'));
    const plain = [...region.children].filter((block) => !block.querySelector('[dir="auto"]'));
    return {
      label: region.getAttribute('aria-label'),
      ids: region.querySelectorAll('[data-message-id], [data-utime]').length,
      roles: [...region.querySelectorAll('[role]')].map((e) => e.getAttribute('role')),
      plainTexts: plain.map((e) => e.textContent),
      plainTags: plain.map((e) => [...e.querySelectorAll('*')].map((c) => c.tagName).join()),
      runs: runs.map((run) => {
        const row = [...run.querySelectorAll('*')].find((e) => getComputedStyle(e).display === 'flex')!;
        const column = row.firstElementChild!;
        return {
          justify: getComputedStyle(row).justifyContent, align: getComputedStyle(column).alignItems,
          inline: [...run.querySelectorAll('[style]')].length,
          lastImage: row.lastElementChild!.querySelector('img')?.getAttribute('alt') ?? null,
          lines: [...column.children].map((c) => c.textContent || (c.querySelector('img') ? '[sticker]' : '')),
        };
      }),
    };
  });
  t.log(JSON.stringify(drawn));
  check(drawn.label === 'Message list container with messages, suggestions, and typing indicators', `label: ${drawn.label}`);
  check(drawn.ids === 0, `${drawn.ids} message ids or utimes in the transcript`);
  check(drawn.roles.length === 0, `roles in the transcript: ${drawn.roles.join()}`);
  check(drawn.plainTexts[0] === 'Giulia Romano replied to an ad.' && drawn.plainTags[0] === 'DIV', `system line: ${drawn.plainTexts[0]} (${drawn.plainTags[0]})`);
  // Dividers are the only times: the first message after each lies in the divider's minute (today's
  // divider has no weekday, unless midnight passed in the last minutes).
  const dividers = drawn.plainTexts.slice(1).map((text) => ({ text: text!, at: parseDisplayedTime(text!, { now: Date.now(), timeZone: 'Europe/Berlin', locale: 'en' }) }));
  check(dividers.length === 2 && /^[A-Z][a-z]{2} \d{1,2}:\d{2} [AP]M$/.test(dividers[0]!.text) && /^(?:[A-Z][a-z]{2} )?\d{1,2}:\d{2} [AP]M$/.test(dividers[1]!.text), `dividers: ${JSON.stringify(dividers)}`);
  for (const [divider, first] of [[dividers[0]!, askedAt], [dividers[1]!, now - 3 * MINUTE]] as const) {
    check(divider.at !== null && divider.at <= first && first < divider.at + MINUTE, `divider "${divider.text}" does not hold ${new Date(first).toISOString()}`);
  }
  const [asked, greeted, answered, thanked] = drawn.runs;
  check(drawn.runs.length === 4, `runs: ${drawn.runs.length}`);
  for (const run of [asked!, thanked!]) check(run.justify === 'flex-start' && run.align === 'flex-start' && run.lastImage === 'Giulia Romano', `customer run: ${JSON.stringify(run)}`);
  for (const run of [greeted!, answered!]) check(run.justify === 'flex-end' && run.align === 'flex-end' && run.lastImage === null, `page run: ${JSON.stringify(run)}`);
  check(drawn.runs.every((run) => run.inline === 0), 'a side set by an inline style');
  check(asked!.lines.join('|') === 'Ciao!|[sticker]', `customer run: ${asked!.lines.join('|')}`);
  check(greeted!.lines.join('|') === 'Thanks for messaging us!', `the automated greeting is labelled: ${greeted!.lines.join('|')}`);
  check(answered!.lines.join('|') === 'Hi Giulia, how can we help?|Sent by Jonas Lind|We ship everywhere.|Sent by Jonas Lind', `"Sent by" under each bubble: ${answered!.lines.join('|')}`);

  // The switch goes both ways: the default build's ids come back.
  await page.evaluate(() => window.demoInbox.setBuild('ids'));
  const ids = await page.evaluate(() => document.querySelectorAll('[role="region"] [data-message-id]').length);
  check(ids === 6, `after setBuild('ids'): ${ids} message ids`);
});

test('demo inbox: rows keyed by conversation move and update in place; recreateRows rebuilds them', async (t) => {
  const threads = ['Ada', 'Ben', 'Cy'].map((name, i) => ({ name, messages: [{ from: 'customer' as const, text: `Hi from ${name}`, minutesAgo: 10 + i }] }));
  const browser = await launchChromium({ demo: { seed: { duplicateRows: false, threads } } });
  t.defer(() => browser.close());
  const page = await browser.openInbox();

  // Marks every row element, lets `writer` write (their row goes to the top), and reports which rows kept their element.
  const afterWriting = (writer: string, text: string) => page.evaluate(({ writer, message }) => {
    const rows = () => [...document.querySelectorAll<HTMLElement>('div[role="presentation"]')];
    const nameOf = (row: Element) => row.querySelector('[data-surface*="thread_title"]')?.textContent ?? '';
    for (const row of rows()) row.dataset.was = nameOf(row);
    window.demoInbox.customerWrites(writer, message);
    return rows().map((row) => ({ name: nameOf(row), was: row.dataset.was ?? null, preview: row.querySelector('._4ik4')?.textContent ?? '' }));
  }, { writer, message: text });

  const keyed = await afterWriting('Cy', 'Still there?');
  check(keyed[0]?.name === 'Cy' && keyed[0].preview === 'Still there?', `Cy's row is not first with the new text: ${JSON.stringify(keyed)}`);
  check(keyed.every((row) => row.was === row.name), `a row element changed conversation or was rebuilt: ${JSON.stringify(keyed)}`);

  await page.evaluate(() => window.demoInbox.setQuirks({ recreateRows: true }));
  const recreated = await afterWriting('Ben', 'Hello?'); // every row changes position
  check(recreated.every((row) => row.was === null), `recreateRows kept row elements: ${JSON.stringify(recreated)}`);
});
