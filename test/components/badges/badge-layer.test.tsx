// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/components/badges/badge-layer';
import type { ThreadBadgeState } from '@/core/messages';
import { DARK_MODE_CLASS } from '@/core/inbox/selectors';
import { translator } from '../../support/locale-render';
import type { SliceOptions } from '@/core/time-slices';

const controllers: AbortController[] = [];
afterEach(() => { for (const c of controllers.splice(0)) c.abort(); document.body.innerHTML = ''; vi.useRealTimers(); });

const MIN = 60_000;
function state(rowKey: string, minutesAgo: number): ThreadBadgeState {
  const requestAt = Date.now() - minutesAgo * MIN;
  return { threadId: rowKey, rowKey, title: null, channel: 'messenger', timeTargetSeconds: 900, standing: 'counts', requestAt, waitingSeconds: minutesAgo * 60, lateAt: requestAt + 15 * MIN, replyDeadline: requestAt + 24 * 60 * MIN, states: [] };
}
/** A layer that renders at once (slices without end): what these tests check is what a badge shows. */
function layer(slices: SliceOptions = { budgetMs: Infinity }) {
  const c = new AbortController();
  controllers.push(c);
  return { layer: new BadgeLayer(document, translator('en'), 'en', c.signal, slices), controller: c };
}
const badgeText = (row: Element) => row.querySelector('[data-replyclock-badge]')?.shadowRoot?.textContent ?? null;

describe('BadgeLayer', () => {
  it('mounts one badge per row in a shadow root that takes no clicks, and shows the state of the row\'s key', () => {
    document.body.innerHTML = '<div id="a">Sinta</div><div id="b">Lars</div>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const { layer: badges } = layer();
    badges.attach(a, 'title:sinta');
    badges.attach(a, 'title:sinta');
    badges.attach(b, 'title:lars');
    badges.setStates([state('title:sinta', 20)]);
    expect(a.querySelectorAll('[data-replyclock-badge]')).toHaveLength(1);
    const host = a.querySelector<HTMLElement>('[data-replyclock-badge]')!;
    expect(host.style.pointerEvents).toBe('none');
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('pointer-events: none');
    expect(badgeText(a)).toContain('Late');
    expect(host.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-label')).toContain('waiting 20\u00a0min');
    expect(b.querySelector('[data-replyclock-badge]')).toBeNull(); // no state, no badge: nothing added to the row
  });

  it('says a wait under a minute as such while the seconds pass, and counts minutes from the first', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 23, 10, 0);
    vi.setSystemTime(start);
    document.body.innerHTML = '<div id="a">Sinta</div>';
    const a = document.getElementById('a')!;
    const { layer: badges } = layer();
    badges.setStates([{ ...state('title:sinta', 0), requestAt: start - 10_000, lateAt: start - 10_000 + 15 * MIN, replyDeadline: start - 10_000 + 24 * 60 * MIN }]);
    badges.attach(a, 'title:sinta');
    expect(badgeText(a)).toContain('· < 1 min ·');
    vi.setSystemTime(start + 45_000);
    badges.attach(a, 'title:sinta');
    expect(badgeText(a)).toContain('· < 1 min ·');
    vi.setSystemTime(start + 50_000);
    badges.attach(a, 'title:sinta');
    expect(badgeText(a)).toContain('· 1\u00a0min ·');
  });

  it('follows a recycled row to its new conversation and removes badges of rows that left, and all on abort', () => {
    document.body.innerHTML = '<div id="a">Sinta</div><div id="b">Lars</div>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const { layer: badges, controller } = layer();
    badges.setStates([state('title:sinta', 3), state('title:lars', 10)]);
    badges.attach(a, 'title:sinta');
    badges.attach(b, 'title:lars');
    expect(badgeText(a)).toContain('On time');
    badges.attach(a, 'title:lars');
    expect(badgeText(a)).toContain('Reply soon');
    b.remove();
    badges.prune();
    expect(b.querySelector('[data-replyclock-badge]')).toBeNull();
    controller.abort();
    expect(document.querySelectorAll('[data-replyclock-badge]')).toHaveLength(0);
  });

  it('moves a conversation\'s badge into the row the page rendered in place of its row, and never into the header', () => {
    document.body.innerHTML = '<div id="a">Sinta</div>';
    const { layer: badges } = layer();
    badges.setStates([state('title:sinta', 20)]);
    badges.attach(document.getElementById('a')!, 'title:sinta');
    const host = document.querySelector('[data-replyclock-badge]');
    document.body.innerHTML = '<div id="a2">Sinta</div><div id="header">Sinta</div>'; // the list re-rendered the row
    const [a2, header] = [document.getElementById('a2')!, document.getElementById('header')!];
    badges.prune();
    badges.attach(a2, 'title:sinta');
    expect(a2.querySelector('[data-replyclock-badge]')).toBe(host);
    expect(a2.querySelectorAll('[data-replyclock-badge]')).toHaveLength(1);
    expect(badgeText(a2)).toContain('Late');
    a2.remove();
    badges.attach(header, 'title:sinta', 'title:sinta', true);
    expect(header.querySelector('[data-replyclock-badge]')).not.toBe(host);
    expect(badgeText(header)).toContain('Late');
  });

  it('replaces a badge left by an earlier instance of the script', () => {
    document.body.innerHTML = '<div id="a">Sinta<span data-replyclock-badge></span></div><div id="b">Lars<span data-replyclock-badge></span></div>';
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const { layer: badges } = layer();
    badges.setStates([state('title:sinta', 20)]);
    badges.attach(a, 'title:sinta');
    badges.attach(b, 'title:lars');
    expect(a.querySelectorAll('[data-replyclock-badge]')).toHaveLength(1);
    expect(badgeText(a)).toContain('Late');
    expect(b.querySelectorAll('[data-replyclock-badge]')).toHaveLength(0);
  });

  it('re-styles its badges as soon as the page switches to its dark theme, before any news arrives', async () => {
    document.documentElement.className = '';
    document.body.innerHTML = '<div id="a">Sinta</div>';
    const a = document.getElementById('a')!;
    const { layer: badges } = layer();
    badges.setStates([state('title:sinta', 3)]);
    badges.attach(a, 'title:sinta');
    const theme = () => a.querySelector('[data-replyclock-badge]')!.getAttribute('data-theme');
    const styles = a.querySelector('[data-replyclock-badge]')!.shadowRoot!.querySelector('style')!.textContent!;
    expect(styles).toContain(':host([data-theme="dark"]) .badge');
    expect(theme()).not.toBe('dark');
    document.documentElement.classList.add(DARK_MODE_CLASS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(theme()).toBe('dark');
    document.documentElement.classList.remove(DARK_MODE_CLASS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(theme()).not.toBe('dark');
  });

  it('measures the page\'s theme once the page is idle, not while it is unstyled, and sets it on every badge', async () => {
    document.documentElement.classList.add(DARK_MODE_CLASS);
    document.body.innerHTML = '<div id="a">Sinta</div>';
    const a = document.getElementById('a')!;
    const { layer: badges } = layer();
    badges.setStates([state('title:sinta', 3)]);
    badges.attach(a, 'title:sinta');
    const host = a.querySelector('[data-replyclock-badge]')!;
    expect(host.hasAttribute('data-theme')).toBe(false); // the system's theme until the page's is known
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(host.getAttribute('data-theme')).toBe('dark');
    document.documentElement.classList.remove(DARK_MODE_CLASS);
  });
});

describe('BadgeLayer in time slices', () => {
  /** A clock that moves 1 ms per reading, and tasks the test lets run one at a time. */
  function slicedLayer(budgetMs: number) {
    let now = 0;
    const tasks: (() => void)[] = [];
    const { layer: badges } = layer({ budgetMs, clock: () => now++, yieldTask: () => new Promise<void>((resolve) => tasks.push(resolve)) });
    const runTask = async () => { tasks.shift()?.(); for (let i = 0; i < 5; i++) await Promise.resolve(); };
    return { badges, runTask, pendingTasks: () => tasks.length };
  }
  const rows = (n: number) => {
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<div id="r${i}">Customer ${i}</div>`).join('');
    return Array.from({ length: n }, (_, i) => document.getElementById(`r${i}`)!);
  };
  const shown = (row: Element) => badgeText(row) !== null;

  it('renders many badges over several tasks, the rows attached first (the top of the list) first', async () => {
    const list = rows(40);
    const { badges, runTask, pendingTasks } = slicedLayer(12);
    badges.setStates(list.map((_, i) => state(`title:c${i}`, 20)));
    for (const [i, row] of list.entries()) badges.attach(row, `title:c${i}`);
    const drawn = () => list.filter(shown).length;
    const first = drawn();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(40);
    expect(list.slice(0, first).every(shown)).toBe(true); // in order: no gap above a drawn badge
    expect(pendingTasks()).toBe(1);
    let tasks = 0;
    while (drawn() < 40 && tasks < 100) { await runTask(); tasks++; }
    expect(drawn()).toBe(40);
    expect(tasks).toBeGreaterThan(1);
  });

  it('draws a badge attached in a later task after the ones already waiting, and none for a row that left meanwhile', async () => {
    const list = rows(30);
    const { badges, runTask, pendingTasks } = slicedLayer(6);
    badges.setStates(list.map((_, i) => state(`title:c${i}`, 20)));
    for (const [i, row] of list.entries()) badges.attach(row, `title:c${i}`);
    list[29]!.remove();
    badges.prune();
    for (let i = 0; i < 100 && pendingTasks(); i++) await runTask();
    expect(list.slice(0, 29).every(shown)).toBe(true);
    expect(list[29]!.querySelector('[data-replyclock-badge]')).toBeNull();
  });

  it('stops drawing when the script ends', async () => {
    const list = rows(30);
    let now = 0;
    const tasks: (() => void)[] = [];
    const { layer: badges, controller } = layer({ budgetMs: 6, clock: () => now++, yieldTask: () => new Promise<void>((resolve) => tasks.push(resolve)) });
    badges.setStates(list.map((_, i) => state(`title:c${i}`, 20)));
    for (const [i, row] of list.entries()) badges.attach(row, `title:c${i}`);
    controller.abort();
    while (tasks.length) { tasks.shift()!(); for (let i = 0; i < 5; i++) await Promise.resolve(); }
    expect(document.querySelectorAll('[data-replyclock-badge]')).toHaveLength(0);
  });
});
