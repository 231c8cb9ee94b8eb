/**
 * R14 in the demo: a Page whose conversations the extension has not opened shows them under
 * "Not yet read" with the figures marked incomplete; each opens from the popup (drawn in the
 * virtualised list or not); once all are opened, the popup's figures are the engine's for the
 * whole seeded history.
 */
import type { Page } from 'playwright-core';
import { computeStats, DEFAULT_METRIC_SETTINGS, type ThreadInput } from '../../core/metrics';
import { formatDuration, formatRate } from '../../components/display-format';
import { launchChromium } from './chromium';
import { readConversations, showsConversation } from './read-all';
import { check, test } from './runner';
import { waitFor } from './wait';

const MINUTE = 60_000;
const NAMES = ['Ada Lund', 'Bo Moe', 'Cem Kaya', 'Dina Aas', 'Eli Berg', 'Finn Dal', 'Gro Nes', 'Hugo Lie', 'Ida Strand', 'Jon Vik', 'Kari Holm',
  'Leo Fjeld', 'Mia Sand', 'Nils Ek', 'Oda Li', 'Per Bakke', 'Rut Ås', 'Siv Hagen', 'Tor Eide', 'Una Rud', 'Vera Lunde', 'Will Ro', 'Yrja Bø', 'Zia Tveit'];
/** The newest conversations (top of the list), left for the popup to open; the rest are opened first. */
const LEFT_UNREAD = 10;

type Seeded = { from: 'customer' | 'page'; at: number };
/** One conversation an hour apart, newest first; every fourth still waits, the others answered in 2–30 min. */
function history(now: number): { name: string; messages: Seeded[] }[] {
  return NAMES.map((name, i) => {
    const asked = now - (i * 60 + 30) * MINUTE;
    const messages: Seeded[] = [{ from: 'customer', at: asked }];
    if (i % 4 !== 1) messages.push({ from: 'page', at: asked + (2 + ((i * 7) % 29)) * MINUTE });
    return { name, messages };
  });
}

/** `notYetRead`: the rows the list shows (the first few); `notYetReadCount`: its heading's count. */
interface Shown { figures: string; incomplete: boolean; learning: boolean; notYetRead: string[]; notYetReadCount: number }

function shownIn(popup: Page): Promise<Shown | null> {
  return popup.evaluate(() => {
    if (!document.getElementById('waiting-heading')) return null;
    return {
      figures: [...document.querySelectorAll('.badge-status .figure dd strong')].map((e) => e.textContent).join(' / '),
      incomplete: document.querySelector('.coverage .incomplete') !== null,
      learning: document.querySelector('.learning') !== null,
      notYetRead: [...document.querySelectorAll('.not-yet-read-row')].map((e) => e.textContent ?? ''),
      notYetReadCount: Number(/\((\d+)\)/.exec(document.getElementById('not-yet-read-heading')?.textContent ?? '')?.[1] ?? 0),
    };
  });
}

async function popupUntil(popup: Page, what: string, ok: (shown: Shown) => boolean): Promise<Shown> {
  let last: Shown | null = null;
  try {
    return await waitFor(what, async () => {
      await popup.reload();
      last = await waitFor('the popup to render', () => shownIn(popup));
      return ok(last) ? last : null;
    }, { intervalMs: 1000, timeoutMs: 60_000 });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  popup: ${JSON.stringify(last)}`);
  }
}

test('chromium: conversations not yet read are listed, mark the figures incomplete, and open from the popup', async (t) => {
  const seededAt = Date.now();
  const threads = history(seededAt);
  const browser = await launchChromium({ demo: { seed: { duplicateRows: false, threads } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();

  const newest = NAMES.slice(0, LEFT_UNREAD);
  // The list draws the newest rows first: the extension sees them, but reads none of their transcripts.
  let popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const learning = await popupUntil(popup, 'the learning state', (s) => s.learning && s.notYetRead.length > 0);
  t.log(`first run: learning, not yet read: ${learning.notYetRead.join(', ')}`);
  check(learning.figures === '', `a verdict while learning: ${learning.figures}`);

  // Older ones opened (the list scrolls down to them, so the newest are no longer drawn).
  await readConversations(inbox, NAMES.slice(LEFT_UNREAD).reverse());
  // The list shows the first few rows, newest first, and counts them all.
  const incomplete = await popupUntil(popup, 'the figures marked incomplete, the newest not yet read', (s) =>
    s.incomplete && s.notYetReadCount === newest.length && s.notYetRead.length > 0 && s.notYetRead.join() === newest.slice(0, s.notYetRead.length).join());
  t.log(`incomplete: ${incomplete.figures}; not yet read: ${incomplete.notYetRead.join(', ')}`);
  const drawn = await inbox.evaluate((names) => names.filter((n) => document.querySelector('[data-surface$="bizweb_inbox:thread_list"]')?.textContent?.includes(n)), newest);
  check(drawn.length < newest.length, `every row still drawn, the scroll is not tested: ${drawn.join(', ')}`);

  // Each opens from the popup, drawn in the list or not.
  for (const name of newest) {
    popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
    await popupUntil(popup, `${name} in the popup`, (s) => s.notYetRead.includes(name));
    // Folded to its heading while others wait: the user unfolds it first.
    if (!(await popup.evaluate(() => document.querySelector('details.not-yet-read')?.hasAttribute('open')))) await popup.click('.not-yet-read summary');
    await popup.click(`.not-yet-read-row:text-is("${name}")`);
    await waitFor(`${name} opened from the popup`, () => showsConversation(inbox, name), { timeoutMs: 20_000 });
    if (!popup.isClosed()) await popup.close();
  }

  const input: ThreadInput[] = threads.map((thread) => ({ id: thread.name, folder: 'inbox', channel: 'messenger', messages: thread.messages.map((m) => ({ at: m.at, from: m.from, automated: false })) }));
  const engineFigures = () => {
    const stats = computeStats({ threads: input, away: [] }, DEFAULT_METRIC_SETTINGS, Date.now());
    return `${stats.responseRate === null ? '—' : formatRate(stats.responseRate, 'en-GB')} / ${stats.responseTimeSeconds === null ? '—' : formatDuration(stats.responseTimeSeconds, 'en-GB')}`;
  };
  popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const complete = await popupUntil(popup, "the engine's figures, complete", (s) => !s.incomplete && !s.learning && s.notYetRead.length === 0 && s.figures === engineFigures());
  t.log(`complete: ${complete.figures} (engine ${engineFigures()})`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 180_000 });
