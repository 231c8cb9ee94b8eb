// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/entrypoints/inbox.content/badges';
import type { ThreadBadgeState } from '@/core/messages';
import { DARK_MODE_CLASS } from '@/core/inbox/selectors';
import { translator } from '../support/locale-render';

const controllers: AbortController[] = [];
afterEach(() => { controllers.splice(0).forEach((c) => c.abort()); document.body.innerHTML = ''; vi.useRealTimers(); });

const MIN = 60_000;
function state(rowKey: string, minutesAgo: number): ThreadBadgeState {
  const requestAt = Date.now() - minutesAgo * MIN;
  return { threadId: rowKey, rowKey, title: null, channel: 'messenger', timeTargetSeconds: 900, requestAt, waitingSeconds: minutesAgo * 60, lateAt: requestAt + 15 * MIN, replyDeadline: requestAt + 24 * 60 * MIN, states: [] };
}
function layer() {
  const c = new AbortController();
  controllers.push(c);
  return { layer: new BadgeLayer(document, translator('en'), 'en', c.signal), controller: c };
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
    expect((b.querySelector('[data-replyclock-badge]') as HTMLElement).hidden).toBe(true);
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
    expect(badgeText(a)).toContain('waiting under a minute');
    vi.setSystemTime(start + 45_000);
    badges.attach(a, 'title:sinta');
    expect(badgeText(a)).toContain('waiting under a minute');
    vi.setSystemTime(start + 50_000);
    badges.attach(a, 'title:sinta');
    expect(badgeText(a)).toContain('waiting 1\u00a0min');
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
    document.body.innerHTML = '<div id="a">Sinta<span data-replyclock-badge></span></div>';
    const a = document.getElementById('a')!;
    layer().layer.attach(a, 'title:sinta');
    expect(a.querySelectorAll('[data-replyclock-badge]')).toHaveLength(1);
  });

  it('re-styles its badges as soon as the page switches to its dark theme, before any news arrives', async () => {
    document.documentElement.className = '';
    document.body.innerHTML = '<div id="a">Sinta</div>';
    const a = document.getElementById('a')!;
    const { layer: badges } = layer();
    badges.setStates([state('title:sinta', 3)]);
    badges.attach(a, 'title:sinta');
    const badge = () => a.querySelector('[data-replyclock-badge]')!.shadowRoot!.querySelector('.badge')!;
    expect(badge().classList.contains('dark')).toBe(false);
    document.documentElement.classList.add(DARK_MODE_CLASS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(badge().classList.contains('dark')).toBe(true);
    document.documentElement.classList.remove(DARK_MODE_CLASS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(badge().classList.contains('dark')).toBe(false);
  });
});
