// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BadgeLayer } from '@/components/badges/badge-layer';
import type { ThreadBadgeState } from '@/core/messages';
import { translator } from '../../support/locale-render';

const controllers: AbortController[] = [];
afterEach(() => { for (const c of controllers.splice(0)) c.abort(); document.body.innerHTML = ''; });

const MIN = 60_000;
function state(name: string, minutesAgo: number): ThreadBadgeState {
  const requestAt = Date.now() - minutesAgo * MIN;
  return { threadId: `t-${name}`, rowKey: `title:${name}`, title: null, channel: 'messenger', timeTargetSeconds: 900, standing: 'counts', requestAt, waitingSeconds: minutesAgo * 60, lateAt: requestAt + 15 * MIN, replyDeadline: requestAt + 24 * 60 * MIN, states: [] };
}
/** Two rows, Sinta and Lars, with their badges attached. */
function rows() {
  document.body.innerHTML = '<div id="sinta">Sinta</div><div id="lars">Lars</div>';
  const c = new AbortController();
  controllers.push(c);
  const badges = new BadgeLayer(document, translator('en'), 'en', c.signal, { budgetMs: Infinity });
  const [sinta, lars] = [document.getElementById('sinta')!, document.getElementById('lars')!];
  badges.attach(sinta, 'title:sinta');
  badges.attach(lars, 'title:lars');
  const text = (row: Element) => {
    // What shows: the badge's own content (a hidden host alone would still show it: its :host style sets display).
    const host = row.querySelector<HTMLElement>('[data-replyclock-badge]');
    if (!host) return null;
    const content = host.shadowRoot!.lastElementChild!.textContent || null;
    if (content) expect(host.hidden).toBe(false);
    return content;
  };
  return { badges, sinta: () => text(sinta), lars: () => text(lars) };
}

describe('badge states merged from partial updates', () => {
  it('keeps the conversations a partial update does not name, and updates the ones it does', () => {
    const { badges, sinta, lars } = rows();
    badges.setStates([state('sinta', 3), state('lars', 10)]);
    badges.setStates([state('sinta', 20)], []);
    expect(sinta()).toContain('Late');
    expect(lars()).toContain('Reply soon');
  });

  it('takes the badge off a conversation a partial update says has no state now (it was answered)', () => {
    const { badges, sinta, lars } = rows();
    badges.setStates([state('sinta', 3), state('lars', 10)]);
    badges.setStates([], ['t-lars']);
    expect(lars()).toBeNull();
    expect(sinta()).toContain('On time');
  });

  it('replaces everything with a full set: a conversation missing from it loses its badge', () => {
    const { badges, sinta, lars } = rows();
    badges.setStates([state('sinta', 3), state('lars', 10)]);
    badges.setStates([state('lars', 20)]);
    expect(sinta()).toBeNull();
    expect(lars()).toContain('Late');
  });
});
