// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup/Popup';
import type { PageOverview, RangedReplies } from '@/core/messages';
import { buttonWith, click, LOCALES, renderIn, type Locale } from '../../support/locale-render';
import { NOW, overview, stats, waitingThread } from '../../support/component-fixtures';

/** R13: the time lies between 10 and 17 min, across the 15-min target; the rate is met. */
const UNCERTAIN = stats({ responseTimeSeconds: 600, responseTimeRange: [600, 1000], badge: true, badgeStatus: 'uncertain', risk: 'safe' });
const conversation = (name: string) => ({ threadId: `t-${name}`, rowKey: `row-${name}`, title: name });

function show(ranged: RangedReplies, { locale = 'en', onOpenThread = vi.fn(), rest = {} }: { locale?: Locale; onOpenThread?: PopupProps['onOpenThread']; rest?: Partial<PageOverview> } = {}) {
  const data = overview({ stats: UNCERTAIN, ...rest, rangedReplies: ranged });
  return renderIn(locale, (
    <Popup
      view={{ kind: 'overview', overview: data }} now={NOW} suggestions={{ kind: 'no-conversation' }} useOutcome={null} diagnosticsCopy="idle"
      onOpenThread={onOpenThread} onUseTemplate={vi.fn()} onCopyDiagnostics={vi.fn()} onRetry={vi.fn()} onOpenOptions={vi.fn()} onSwitchAway={vi.fn()}
    />
  ));
}

afterEach(() => { document.body.innerHTML = ''; });

describe('Popup: what would settle an uncertain badge (R13)', () => {
  it('says how many replies are timed only within a range, lists the conversations whose opening pins a time, and opens one on a click', () => {
    const onOpenThread = vi.fn();
    const el = show({ count: 3, pinnableCount: 2, pinnable: [conversation('Ana Lima'), conversation('Bo Berg')] }, { onOpenThread });
    expect(el.querySelector('.ranged-count')?.textContent).toBe('3 replies are timed only within a range: the inbox shows no time for them.');
    expect(el.querySelector('#pinnable-heading')?.textContent).toBe('Open 2 conversations to pin their times');
    expect(el.querySelector('details.pinnable')?.hasAttribute('open')).toBe(true);
    click(buttonWith(el, 'Bo Berg'));
    expect(onOpenThread).toHaveBeenCalledWith({ threadId: 't-Bo Berg', rowKey: 'row-Bo Berg', title: 'Bo Berg' });
    // The one that opening cannot pin settles only with time; the advice to answer quickly stays.
    expect(el.querySelector('.settle-in-time')?.textContent).toBe('Opening will not narrow the others; they count until they leave the 30-day window.');
    expect(el.querySelector('.advice')?.textContent).toBe('Answer new messages within 15\u00a0min to be sure.');
  });

  it('one conversation to open reads in the singular, and nothing is said of others when every ranged reply can be pinned', () => {
    const el = show({ count: 1, pinnableCount: 1, pinnable: [conversation('Ana Lima')] });
    expect(el.querySelector('.ranged-count')?.textContent).toBe('1 reply is timed only within a range: the inbox shows no time for it.');
    expect(el.querySelector('#pinnable-heading')?.textContent).toBe('Open 1 conversation to pin its time');
    expect(el.querySelector('.settle-in-time')).toBeNull();
  });

  it('offers nothing to open when opening cannot pin any of them, and says what settles it instead', () => {
    const el = show({ count: 3, pinnableCount: 0, pinnable: [] });
    expect(el.querySelector('.pinnable')).toBeNull();
    expect(el.querySelector('.settle-in-time')?.textContent).toBe('Opening them will not help; they count until they leave the 30-day window.');
  });

  it('lists five conversations to open and counts the rest, so the popup keeps to its height', () => {
    const names = Array.from({ length: 8 }, (_, i) => `Customer ${i + 1}`);
    const el = show({ count: 8, pinnableCount: 8, pinnable: names.map(conversation) });
    expect([...el.querySelectorAll('.pinnable-row')].map((b) => b.textContent)).toEqual(names.slice(0, 5));
    expect(el.querySelector('.pinnable .more')?.textContent).toBe('and 3 more');
  });

  it('folds the list to its heading while customers wait', () => {
    const el = show({ count: 2, pinnableCount: 2, pinnable: [conversation('Ana Lima'), conversation('Bo Berg')] }, { rest: { waiting: [waitingThread('w', 3, ['ok'])] } });
    expect(el.querySelector('details.pinnable')?.hasAttribute('open')).toBe(false);
  });

  it('says nothing of ranges when the badge is certain', () => {
    const el = show({ count: 2, pinnableCount: 1, pinnable: [conversation('Ana Lima')] }, { rest: { stats: stats() } });
    expect(el.querySelector('.ranged-times')).toBeNull();
  });

  it.each(LOCALES)('%s: every sentence is translated, with its counts', (locale) => {
    for (const ranged of [{ count: 3, pinnableCount: 2, pinnable: [conversation('Ana Lima'), conversation('Bo Berg')] }, { count: 1, pinnableCount: 0, pinnable: [] }]) {
      const el = show(ranged, { locale });
      const text = el.querySelector('.ranged-times')!.textContent!;
      expect(text).not.toContain('popup_');
      expect(el.querySelector('.ranged-count')?.textContent).toContain(String(ranged.count));
      expect(el.querySelector('.settle-in-time')?.textContent).toContain('30');
      if (ranged.pinnableCount > 0) expect(el.querySelector('#pinnable-heading')?.textContent).toContain('2');
      document.body.innerHTML = '';
    }
  });
});
