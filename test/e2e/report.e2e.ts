/**
 * The report page on a seeded history: three agents answer ("Sent by"), one conversation goes
 * unanswered for a day after an assignment note named its agent. The report's per-agent table is
 * the one `agentFigures` computes for the same history; the missed request's link, followed with
 * the keyboard alone, opens that conversation in the inbox; axe finds nothing serious or critical.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { agentFigures, DEFAULT_METRIC_SETTINGS, type ThreadInput } from '../../core/metrics';
import { formatDuration } from '../../components/display-format';
import { launchChromium } from './chromium';
import { readConversations, showsConversation } from './read-all';
import { check, test } from './runner';
import { waitFor } from './wait';

const MINUTE = 60_000;
type Seeded = { from: 'customer' | 'page'; at: number; agent?: string };
interface SeededThread { name: string; messages: Seeded[]; notes?: Array<{ text: string; minutesAgo: number }> }

/** Each message in its own group (other side, or more than 5 minutes apart): each has its exact instant. */
function history(now: number): SeededThread[] {
  const ago = (minutes: number) => now - minutes * MINUTE;
  return [
    { name: 'Ola Nordmann', messages: [{ from: 'customer', at: ago(50 * 60) }, { from: 'page', at: ago(50 * 60 - 4), agent: 'Fah Somchai' }] },
    { name: 'Giulia Romano', messages: [{ from: 'customer', at: ago(40 * 60) }, { from: 'page', at: ago(40 * 60 - 35), agent: 'Jonas Lind' }] },
    { name: 'Lukas Berger', messages: [{ from: 'customer', at: ago(20 * 60) }, { from: 'page', at: ago(20 * 60 - 8), agent: 'Fah Somchai' }] },
    { name: 'Mette Hansen', messages: [{ from: 'customer', at: ago(10 * 60) }, { from: 'page', at: ago(10 * 60 - 12), agent: 'Kari Nordmann' }] },
    // Missed: no reply within 24 hours; the note makes it Kari's.
    { name: 'Anna Berg', messages: [{ from: 'customer', at: ago(30 * 60) }], notes: [{ text: 'Kari Nordmann was assigned to this conversation', minutesAgo: 30 * 60 - 10 }] },
  ];
}

const AGENT_ROWS = (page: Page) => page.evaluate(() => [...document.querySelectorAll('table.agents tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

test('chromium: the report shows the engine\'s per-agent table, its missed-request link opens the conversation, axe and the keyboard pass', async (t) => {
  const seededAt = Date.now();
  const threads = history(seededAt);
  const browser = await launchChromium({ demo: { seed: { duplicateRows: false, threads } } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await readConversations(inbox, threads.map((thread) => thread.name));

  const input: ThreadInput[] = threads.map((thread) => ({
    id: thread.name, folder: 'inbox', channel: 'messenger', assignedTo: thread.notes ? 'Kari Nordmann' : null,
    messages: thread.messages.map((m) => ({ at: m.at, from: m.from, automated: false, author: m.agent ?? null })),
  }));
  const expected = agentFigures({ threads: input, away: [] }, DEFAULT_METRIC_SETTINGS, Date.now()).map((a) => [
    a.agent ?? 'Nobody named', String(a.answered), a.responseTimeSeconds === null ? 'no requests' : formatDuration(a.responseTimeSeconds, 'en-GB'),
    a.medianSeconds === null ? 'no requests' : formatDuration(a.medianSeconds, 'en-GB'), String(a.withinTarget), String(a.missed),
  ]);
  check(expected.length === 3, `the engine should see three agents: ${JSON.stringify(expected)}`);

  const report = await browser.openExtensionPage('report.html?page=111');
  let shown: string[][] = [];
  await waitFor('the report to show the engine\'s agents', async () => {
    await report.reload();
    shown = await waitFor('the report to render', () => report.evaluate(() => document.querySelector('main.report h1') && [...document.querySelectorAll('table.agents tbody tr')].length)).then(() => AGENT_ROWS(report)).catch(() => []);
    return JSON.stringify(shown) === JSON.stringify(expected);
  }, { intervalMs: 1000, timeoutMs: 60_000 }).catch((error: Error) => {
    throw new Error(`${error.message}\n  report: ${JSON.stringify(shown)}\n  engine: ${JSON.stringify(expected)}`);
  });
  t.log(`agents: ${shown.map((row) => row.join(' | ')).join('; ')}`);

  // axe (WCAG rules) in the page itself; evaluate runs past the page's CSP, a <script> would not.
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await report.evaluate(`${axeSource};0`);
  const violations = await report.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
    return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  });
  check(violations.length === 0, `axe: ${violations.join(', ')}`);

  // The keyboard alone: Tab reaches every control in order, and Enter on the missed request opens it.
  const reached: string[] = [];
  for (let i = 0; i < 40 && !reached.some((r) => r.includes('Anna Berg')); i++) {
    await report.keyboard.press('Tab');
    reached.push(await report.evaluate(() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()}:${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40)}` : ''; }));
  }
  check(reached.filter((r) => r.startsWith('summary:')).length === 2, `the chart tables open from the keyboard: ${reached.join(', ')}`);
  check(reached.some((r) => r === 'button:Download this list as CSV'), `the CSV button is reachable: ${reached.join(', ')}`);
  check(reached.at(-1) === 'a:Open the conversation with Anna Berg in the inbox', `the missed request's link is reachable: ${reached.join(', ')}`);
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), report.keyboard.press('Enter')]);
  await opened.waitForLoadState();
  check(/\/latest\/inbox\/messenger\?asset_id=111&selected_item_id=\d+&thread_type=FB_MESSAGE$/.test(opened.url()), `the link's URL: ${opened.url()}`);
  await waitFor('the inbox to open Anna Berg\'s conversation', () => showsConversation(opened, 'Anna Berg'));
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 150_000 });
