// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay } from '@/components/display-format';
import { Popup, type PopupProps } from '@/components/popup/Popup';
import type { Coverage, PageOverview } from '@/core/messages';
import { buttonWith, click, LOCALES, renderIn, type Locale } from '../../support/locale-render';
import { NOW, overview, stats } from '../../support/component-fixtures';

const DAY = 86_400_000;
const unread = (name: string, hoursAgo: number) => ({ threadId: null, rowKey: `title:${name.toLowerCase()}`, title: name, rowActivityAt: NOW - hoursAgo * 3_600_000 });

function withCoverage(coverage: Partial<Coverage>, rest: Partial<PageOverview> = {}): PageOverview {
  const base = overview(rest);
  return { ...base, coverage: { ...base.coverage, ...coverage } };
}

function show(locale: Locale, data: PageOverview, onOpenThread = vi.fn(), extra: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    ...extra,
    view: { kind: 'overview', overview: data }, now: NOW, suggestions: { kind: 'no-conversation' }, useOutcome: null, diagnosticsCopy: 'idle',
    onOpenThread, onUseTemplate: vi.fn(), onCopyDiagnostics: vi.fn(), onRetry: vi.fn(), onOpenOptions: vi.fn(), onSwitchAway: vi.fn(),
  };
  return renderIn(locale, <Popup {...props} />);
}

const LEARNING = withCoverage(
  { state: 'learning', readConversations: 1, notYetRead: [unread('Ana Lima', 2), unread('Bo Berg', 5)], notYetReadCount: 2, openForVerdict: 2 },
  { stats: stats({ responseRate: 0.2, badge: false, badgeStatus: 'not-earned', risk: 'not-earned', requests: 5, answered: 1 }) },
);

afterEach(() => { document.body.innerHTML = ''; });

describe('Popup coverage (R14), en', () => {
  it('while learning shows what it read and what to open, not a verdict', () => {
    const el = show('en', LEARNING);
    expect(el.querySelector('.learning')?.textContent).toBe('Still learning this inboxSo far ReplyClock has read 1 conversation. Open 2 more conversations below, and it can tell you where the badge stands.');
    expect(el.querySelector('.badge-status')).toBeNull();
    expect(el.textContent).not.toContain('Not earned');
    // Nor a chart of days drawn from the one conversation read; it comes with the verdict.
    expect(el.querySelector('details.history')).toBeNull();
    expect(show('en', withCoverage({ state: 'complete' }, { stats: LEARNING.stats })).querySelector('details.history')).not.toBeNull();
    // The learning text already asks to open conversations: no second paragraph says so for suggestions.
    expect(el.textContent).not.toContain('Open a conversation in the inbox to get reply suggestions');
    expect(show('en', withCoverage({ state: 'complete' }, { stats: LEARNING.stats })).textContent).toContain('Open a conversation in the inbox to get reply suggestions');
  });

  it('lists the conversations not yet read; a click opens one; says opening marks it read', () => {
    const onOpen = vi.fn();
    const el = show('en', LEARNING, onOpen);
    expect(el.querySelector('#not-yet-read-heading')?.textContent).toBe('Not yet read (2)');
    click(buttonWith(el, 'Bo Berg'));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ title: 'Bo Berg', rowKey: 'title:bo berg' }));
    expect(el.querySelector('.not-yet-read')?.textContent).toContain('Opening a conversation marks it as read in Business Suite.');
  });

  it('shows the five most recent conversations not yet read and counts the rest, so the open list keeps the popup short', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Customer ${i + 1}`);
    const el = show('en', withCoverage({ ...LEARNING.coverage, notYetRead: names.map((n, i) => unread(n, i + 1)), notYetReadCount: 12 }, { stats: LEARNING.stats }));
    expect([...el.querySelectorAll('.not-yet-read-row')].map((b) => b.textContent)).toEqual(names.slice(0, 5));
    expect(el.querySelector('.not-yet-read .more')?.textContent).toBe('and 7 more');
  });

  it('says so, and how to find it, when a conversation could not be opened', () => {
    const el = show('en', LEARNING, vi.fn(), { openFailure: { threadId: null, rowKey: 'title:bo berg', title: 'Bo Berg' } });
    expect(el.querySelector('[role=alert]')?.textContent).toBe('Bo Berg is not in the inbox list right now. Search for the name in Business Suite to open it.');
  });

  it('marks the figures incomplete while some are not yet read, and says what they rest on', () => {
    const data = withCoverage({ state: 'incomplete', readConversations: 30, notYetRead: [unread('Ana Lima', 2)], notYetReadCount: 1, watchingSince: NOW - 22 * DAY + 3_600_000 }, { stats: stats({ requests: 42, windowFrom: Date.UTC(2026, 10, 12, 10) }) });
    const el = show('en', data);
    expect(el.querySelector('.badge-status')).not.toBeNull();
    expect(el.querySelector('.based-on')?.textContent).toBe(`Based on 42 requests since ${formatDay(Date.UTC(2026, 10, 12, 10), 'en')}`);
    expect(el.querySelector('.watching-since')?.textContent).toBe(`Watching since ${formatDay(NOW - 22 * DAY + 3_600_000, 'en')}: the figures cover 22 of the 30 days`);
    expect(el.querySelector('.incomplete')?.textContent).toContain('Incomplete');
  });

  it('says nothing is incomplete, nor when watching began, once all is read since before the window', () => {
    const el = show('en', overview());
    expect(el.querySelector('.incomplete')).toBeNull();
    expect(el.querySelector('.watching-since')).toBeNull();
    expect(el.querySelector('.not-yet-read')).toBeNull();
  });

  it('says "nothing to count yet" for an empty inbox, not "Not earned"', () => {
    const el = show('en', withCoverage({ state: 'empty', readConversations: 0 }, { stats: stats({ responseRate: null, responseTimeSeconds: null, responseTimeRange: null, badge: false, badgeStatus: 'not-earned', risk: 'not-earned', requests: 0, answered: 0, windowFrom: null, windowTo: null }) }));
    expect(el.querySelector('.nothing-to-count')?.textContent).toBe('Nothing to count yet: no customer has written in this period.');
    expect(el.textContent).not.toContain('Not earned');
  });
});

describe.each(LOCALES)('Popup coverage in %s', (locale) => {
  it('renders the learning and incomplete states translated, singular for one', () => {
    const one = withCoverage({ state: 'learning', readConversations: 1, notYetRead: [unread('Ana Lima', 2)], notYetReadCount: 1, openForVerdict: 1 });
    expect(show(locale, one).textContent).toContain('Ana Lima');
    expect(show(locale, one, vi.fn(), { openFailure: { threadId: null, rowKey: null, title: 'Ana Lima' } }).querySelector('[role=alert]')).not.toBeNull();
    const data = withCoverage({ state: 'incomplete', notYetRead: [unread('Ana Lima', 2)], notYetReadCount: 1, watchingSince: NOW - 3 * DAY }, { stats: stats({ requests: 1 }) });
    expect(show(locale, data).querySelector('.incomplete')).not.toBeNull();
  });
});
