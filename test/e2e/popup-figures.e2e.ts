/**
 * The popup's figures are the engine's: a seeded Messenger history (answered, answered late,
 * an instant reply that does not count, unanswered at every urgency) at known backdated
 * instants; the popup over the inbox shows the response rate, response time and risk that
 * `computeStats` gives for the same history, and lists the waiting customers most urgent first.
 * On both transcript builds (builds.ts), the engine fed the times each build lets a reader see.
 */
import type { Page } from 'playwright-core';
import { computeStats, DEFAULT_METRIC_SETTINGS, R13_DIVIDER_SPAN_MS, type MessageInput, type Risk, type ThreadInput } from '../../core/metrics';
import { formatDurationRange, formatRate } from '../../components/display-format';
import { DEMO_BUILDS, onBuild, type DemoBuild } from './builds';
import { launchChromium } from './chromium';
import { readConversations } from './read-all';
import { check, test } from './runner';
import { waitFor } from './wait';

const MINUTE = 60_000;
type Seeded = { from: 'customer' | 'page'; at: number; automated?: 'instant_reply' };
/** Every message in its own group (other side, or > 5 min apart), so each has its exact instant in the page. */
function history(now: number): { name: string; fromAd?: boolean; messages: Seeded[] }[] {
  const ago = (minutes: number) => now - minutes * MINUTE;
  return [
    { name: 'Ola Nordmann', messages: [{ from: 'customer', at: ago(26 * 60) }, { from: 'page', at: ago(26 * 60 - 6) }] },
    { name: 'Giulia Romano', messages: [
      { from: 'customer', at: ago(20 * 60) }, { from: 'page', at: ago(20 * 60), automated: 'instant_reply' },
      { from: 'page', at: ago(20 * 60 - 41) }, // instant reply does not count (R3): answered in 41 min
      { from: 'customer', at: ago(6 * 60) }, { from: 'page', at: ago(6 * 60 - 3) },
    ] },
    // fromAd: a system line with his name above his transcript, which is not a message.
    { name: 'Lukas Berger', fromAd: true, messages: [{ from: 'customer', at: ago(9 * 60) }, { from: 'page', at: ago(9 * 60 - 12) }] },
    { name: 'Mette Hansen', messages: [{ from: 'customer', at: ago(4 * 60) }, { from: 'page', at: ago(4 * 60 - 2) }] },
    { name: 'Sofia Esposito', messages: [{ from: 'customer', at: ago(3 * 60) }, { from: 'page', at: ago(3 * 60 - 95) }] },
    // Waiting: late for 3 h, late for 40 min, soon (9 min), fresh (2 min).
    { name: 'Anna Berg', messages: [{ from: 'customer', at: ago(180) }] },
    { name: 'Jonas Lind', messages: [{ from: 'customer', at: ago(40) }] },
    { name: 'Sinta Dewi', messages: [{ from: 'customer', at: ago(9) }] },
    { name: 'Lars Holm', messages: [{ from: 'customer', at: ago(2) }] },
  ];
}
const WAITING_MOST_URGENT_FIRST = ['Anna Berg', 'Jonas Lind', 'Sinta Dewi', 'Lars Holm'];
const RISK_WORD: Record<Risk, string> = { safe: 'Safe', 'at-risk': 'At risk', recoverable: 'Recoverable', 'not-earned': 'Not earned' };

interface Shown { rate: string; time: string; risk: string; waiting: string[]; heading: string }

function shownIn(popup: Page): Promise<Shown | null> {
  return popup.evaluate(() => {
    const values = [...document.querySelectorAll('.badge-status .figure dd strong')].map((e) => e.textContent ?? '');
    const risk = document.querySelector('.badge-status h2.risk');
    if (values.length !== 2 || !risk) return null;
    const riskWord = [...risk.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    return {
      rate: values[0]!, time: values[1]!, risk: riskWord,
      waiting: [...document.querySelectorAll('.waiting-list .waiting-name')].map((e) => e.textContent ?? ''),
      heading: document.getElementById('waiting-heading')?.textContent ?? '',
    };
  });
}

/**
 * What the engine gets as each message's time on `build` — what "the engine's figures" are.
 * Default build: every message is in its own group, so its data-utime gives its own instant.
 * Id-less build: only what the page shows (R13). The thread's latest message is exact (its list
 * row's time); any other lies between the minute of the divider above it (its best time) and the
 * next known instant: the end of that minute when it is the first after its divider, else the
 * bound of the message after it. So a reply in the same run as its request is a range from 0.
 */
async function shownTimes(inbox: Page, thread: { name: string; messages: Seeded[] }, build: DemoBuild): Promise<MessageInput[]> {
  const exact = (m: Seeded): MessageInput => ({ at: m.at, from: m.from, automated: m.automated !== undefined });
  if (build === 'ids') return thread.messages.map(exact);
  const dividers = await inbox.evaluate((n) => window.demoInbox.dividers(n), thread.name);
  const minuteOf = (at: number) => Math.floor(at / MINUTE) * MINUTE;
  const dividerOf = (m: Seeded) => minuteOf(dividers.filter((d) => d <= m.at).pop()!);
  const last = thread.messages.length - 1;
  const shown: MessageInput[] = new Array(thread.messages.length);
  let next = thread.messages[last]!.at;
  shown[last] = exact(thread.messages[last]!);
  for (let i = last - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    const divider = dividerOf(m);
    const firstAfterDivider = i === 0 || dividerOf(thread.messages[i - 1]!) !== divider;
    next = firstAfterDivider ? Math.min(divider + R13_DIVIDER_SPAN_MS, next) : next;
    shown[i] = { ...exact(m), at: divider, atMin: divider, atMax: Math.max(divider, next) };
  }
  return shown;
}

for (const build of DEMO_BUILDS) test(onBuild('chromium: the popup shows the rate, time, risk and waiting order that computeStats gives for the history', build), async (t) => {
  const seededAt = Date.now();
  const threads = history(seededAt);
  const browser = await launchChromium({ demo: { build, seed: { duplicateRows: false, threads } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  // The extension learns a conversation's history when its transcript is shown.
  await readConversations(inbox, threads.map((thread) => thread.name));

  const input: ThreadInput[] = await Promise.all(threads.map(async (thread) => ({
    id: thread.name, folder: 'inbox' as const, channel: 'messenger' as const, messages: await shownTimes(inbox, thread, build),
  })));
  const expectedAt = (now: number): Shown => {
    const stats = computeStats({ threads: input, away: [] }, DEFAULT_METRIC_SETTINGS, now);
    return {
      rate: stats.responseRate === null ? '—' : formatRate(stats.responseRate, 'en-GB'),
      time: stats.responseTimeRange === null ? '—' : formatDurationRange(...stats.responseTimeRange, DEFAULT_METRIC_SETTINGS.timeTargetSeconds, 'en-GB'),
      risk: RISK_WORD[stats.risk],
      waiting: Object.values(stats.threads).sort((a, b) => a.requestAt - b.requestAt).map((s) => s.threadId),
      heading: `Waiting (${Object.keys(stats.threads).length})`,
    };
  };
  const engine = expectedAt(Date.now());
  t.log(`engine: rate ${engine.rate}, time ${engine.time}, risk ${engine.risk}, ${engine.heading}`);
  check(engine.waiting.join() === WAITING_MOST_URGENT_FIRST.join(), `the engine's waiting threads differ from the seed's: ${engine.waiting.join()}`);
  check(engine.rate !== '—' && engine.time !== '—', 'the seed gives the engine no figures');

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  let last: Shown | null = null;
  let wanted: Shown = engine;
  const same = (a: Shown, b: Shown) => a.rate === b.rate && a.time === b.time && a.risk === b.risk && a.heading === b.heading;
  try {
    await waitFor('the popup to show the engine\'s figures', async () => {
      await popup.reload();
      last = await waitFor('the popup to render figures', () => shownIn(popup));
      wanted = expectedAt(Date.now());
      return same(last, wanted);
    }, { intervalMs: 1000, timeoutMs: 60_000 });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  popup:  ${JSON.stringify(last)}\n  engine: ${JSON.stringify(wanted)}`);
  }
  const shown = last! as Shown;
  t.log(`popup:  rate ${shown.rate}, time ${shown.time}, risk ${shown.risk}, ${shown.heading}: ${shown.waiting.join(', ')}`);
  // Beside suggestions for the open conversation the popup lists only the most urgent three, to fit 600 px.
  check(shown.waiting.length >= 2 && shown.waiting.join() === WAITING_MOST_URGENT_FIRST.slice(0, shown.waiting.length).join(), `waiting list not most urgent first: ${shown.waiting.join(', ')}`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 150_000 });
