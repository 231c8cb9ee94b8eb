// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { formatClock, formatDay } from '@/components/display-format';
import { Popup, type PopupProps, type PopupView } from '@/components/popup/Popup';
import type { SuggestionsState } from '@/components/popup/TemplateSuggestions';
import { renderConversationBadge } from '@/components/ConversationBadge';
import { buttonWith, click, LOCALES, messageOf, renderIn, translator, type Locale } from '../../support/locale-render';
import { manyWaiting, NOW, overview, RISK_STATES, stats, waitingThread } from '../../support/component-fixtures';

const MIN = 60_000;

function props(view: PopupView, extra: Partial<PopupProps> = {}): PopupProps {
  return {
    view,
    now: NOW,
    suggestions: { kind: 'no-conversation' },
    useOutcome: null,
    diagnosticsCopy: 'idle',
    onOpenThread: vi.fn(),
    onUseTemplate: vi.fn(),
    onCopyDiagnostics: vi.fn(),
    onRetry: vi.fn(),
    onOpenOptions: vi.fn(),
    onSwitchAway: vi.fn(async () => {}),
    ...extra,
  };
}

const show = (locale: Locale, view: PopupView, extra: Partial<PopupProps> = {}) => renderIn(locale, <Popup {...props(view, extra)} />);
const advice = (el: HTMLElement) => el.querySelector('.advice')?.textContent;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup badge status (en)', () => {
  it('safe: the risk word, both figures against their targets, and how many may be missed', () => {
    const el = show('en', { kind: 'overview', overview: RISK_STATES.safe });
    expect(el.querySelector('h2.risk')?.textContent).toContain('Safe');
    expect(el.querySelector('h2.risk')?.textContent).toContain('badge earned');
    const figures = el.querySelector('.figures')!.textContent!;
    expect(figures).toContain('Response rate95% target 90% met');
    expect(figures).toContain('Response time10\u00a0min target 15\u00a0min met');
    expect(advice(el)).toBe('You can miss 2 more requests and keep the badge.');
  });

  it('at-risk: answer the waiting conversations by the projected time', () => {
    const el = show('en', { kind: 'overview', overview: RISK_STATES['at-risk'] });
    expect(el.querySelector('h2.risk')?.textContent).toContain('At risk');
    expect(advice(el)).toBe(`Answer the 2 waiting conversations by ${formatClock(NOW + 3 * MIN, 'en')} to keep the badge.`);
  });

  it('recoverable: answering by the projected time earns the badge back', () => {
    const el = show('en', { kind: 'overview', overview: RISK_STATES.recoverable });
    expect(el.querySelector('h2.risk')?.textContent).toContain('Recoverable');
    expect(el.querySelector('.figure.missed')?.textContent).toContain('88%');
    expect(el.querySelector('.figure.missed')?.textContent).toContain('not met');
    expect(advice(el)).toBe(`Answer the 2 waiting conversations by ${formatClock(NOW + 8 * MIN, 'en')} to earn the badge.`);
  });

  it('recoverable without a deadline: answer these now', () => {
    const o = overview({ stats: stats({ badge: false, pending: 3, risk: 'recoverable', answerAllBy: null }) });
    expect(advice(show('en', { kind: 'overview', overview: o }))).toBe('Answer these 3 conversations now to earn the badge.');
  });

  it('not-earned: how many answers in time reach the rate target', () => {
    const el = show('en', { kind: 'overview', overview: RISK_STATES['not-earned'] });
    // the risk word says it once, not "Not earned · badge not earned"
    expect(el.querySelector('h2.risk')?.textContent).toBe('Not earned');
    expect(advice(el)).toBe('Answer 12 more requests in time to reach 90%.');
  });

  it('not-earned while customers wait: answering them comes first, then what is left of the rate', () => {
    // 28 of 40 answered, 4 waiting: answering them makes 32 of 40 (80 %); 72 of 80 reach 90 %, so 40 more.
    const o = overview({ stats: stats({ responseRate: 0.7, badge: false, requests: 40, answered: 28, pending: 4, risk: 'not-earned', answersNeeded: 80 }) });
    expect(advice(show('en', { kind: 'overview', overview: o }))).toBe('Answer everyone waiting, then 40 more requests in time, to reach 90%.');
    // 16 of 19 answered, 1 waiting: 17 of 19 once answered, 18 of 20 with one more.
    const oneMore = overview({ stats: stats({ responseRate: 16 / 19, badge: false, requests: 19, answered: 16, pending: 1, risk: 'not-earned', answersNeeded: 11 }) });
    expect(advice(show('de', { kind: 'overview', overview: oneMore }))).toBe('Beantworte alle Wartenden und danach eine weitere Anfrage rechtzeitig, um 90\u00a0% zu erreichen.');
  });

  it('not-earned while customers wait, the rate met once they are answered: answer them now, and faster', () => {
    // A first run with two customers waiting: R11 alone would say "answer 18 more requests".
    const o = overview({ stats: stats({ responseRate: 0, responseTimeSeconds: null, badge: false, requests: 2, answered: 0, pending: 2, risk: 'not-earned', answersNeeded: 18 }) });
    expect(advice(show('en', { kind: 'overview', overview: o }))).toBe('Answer the 2 waiting conversations now: that meets the rate target, though the response time would be over target. Answer new messages within 15\u00a0min.');
    // "15 Min." ends the German sentence: one full stop, not two.
    expect(advice(show('de', { kind: 'overview', overview: o }))).toMatch(/Beantworte neue Nachrichten innerhalb von 15\u00a0Min\.$/);
    expect(advice(show('nb', { kind: 'overview', overview: o }))).toBe('Svar på de 2 ventende samtalene nå: da er målet for svarprosenten nådd, men svartiden ville vært over målet. Svar på nye meldinger innen 15\u00a0min.');
  });

  it('not-earned by time only: answer faster', () => {
    const o = overview({ stats: stats({ responseTimeSeconds: 1500, badge: false, risk: 'not-earned', answersNeeded: 0 }) });
    expect(advice(show('en', { kind: 'overview', overview: o }))).toBe('Your response time is above target: answer new messages within 15\u00a0min.');
  });

  it('empty window: no figures yet, said in words', () => {
    const empty = stats({ responseRate: null, responseTimeSeconds: null, badge: false, requests: 0, answered: 0, risk: 'not-earned', missesAllowed: 0, answersNeeded: 0, windowFrom: null, windowTo: null });
    const el = show('en', { kind: 'overview', overview: overview({ stats: empty, history: [] }) });
    expect(el.querySelector('.figures')?.textContent).toContain('none yet');
    expect(advice(el)).toBe('No requests in the last 30 days yet: the figures start with the first customer message.');
    expect(el.querySelector('svg')).toBeNull();
  });

  it('shows until when the Page is Away', () => {
    const el = show('en', { kind: 'overview', overview: overview({ awayUntil: NOW + 60 * MIN }) });
    expect(el.querySelector('.away-note')?.textContent).toBe(`Away until ${formatClock(NOW + 60 * MIN, 'en')}`);
  });
});

describe('Popup waiting conversations', () => {
  it('nothing waiting', () => {
    const el = show('en', { kind: 'overview', overview: RISK_STATES.safe });
    expect(el.querySelector('.waiting')?.textContent).toContain('Nobody is waiting for an answer.');
  });

  it('late first, then soon, each with its state word beside the colour; a click opens it', () => {
    const waiting = [waitingThread('ok', 2, ['ok'], 'Olga'), waitingThread('late', 30, ['late'], 'Lars'), waitingThread('soon', 9, ['soon'], null)];
    const onOpenThread = vi.fn();
    const el = show('en', { kind: 'overview', overview: overview({ waiting }) }, { onOpenThread });
    const rows = [...el.querySelectorAll('.waiting-row')].map((r) => r.textContent);
    expect(rows).toEqual(['Larswaiting 30\u00a0minLate', 'Unnamed conversationwaiting 9\u00a0minReply soon', 'Olgawaiting 2\u00a0minOn time']);
    click(buttonWith(el, 'Lars'));
    expect(onOpenThread).toHaveBeenCalledWith(waiting[1]);
  });

  it('many waiting: renders the 5 most urgent (2 beside suggestions, to keep them in sight) and says how many more', () => {
    const waiting = manyWaiting(10_000);
    const el = show('en', { kind: 'overview', overview: overview({ waiting }) });
    const rows = el.querySelectorAll('.waiting-row');
    expect(rows).toHaveLength(5);
    expect(el.querySelector('#waiting-heading')?.textContent).toBe('Waiting (10000)');
    expect(el.querySelector('.more')?.textContent).toBe('and 9995 more');
    const suggestions: SuggestionsState = { kind: 'ready', composerFound: true, suggestions: [{ templateId: 's', title: 'Shipping', text: 'Hi', conversation: { threadId: null, title: 'Shipping' } }] };
    const beside = show('en', { kind: 'overview', overview: overview({ waiting }) }, { suggestions });
    expect(beside.querySelectorAll('.waiting-row')).toHaveLength(2);
    expect(beside.querySelector('.more')?.textContent).toBe('and 9998 more');
    expect([...rows].every((r) => r.classList.contains('state-late') || r.classList.contains('state-closing'))).toBe(true);
  });
});

describe('Popup suggestions', () => {
  const ANNA = { threadId: '100000000000001', title: 'Anna' };
  const ready = (composerFound: boolean): SuggestionsState => ({
    kind: 'ready',
    composerFound,
    suggestions: [
      { templateId: 's', title: 'Shipping', text: 'Hi Anna, we ship within 1–2 days.', conversation: ANNA },
      { templateId: 'r', title: 'Returns', text: 'Hi Anna, you can return items within 30 days.', conversation: ANNA },
    ],
  });

  it('inserts the chosen template with one click and reports it', () => {
    const onUseTemplate = vi.fn();
    const el = show('en', { kind: 'overview', overview: overview() }, { suggestions: ready(true), onUseTemplate, useOutcome: { templateId: 's', result: 'inserted' } });
    expect(el.querySelector('.suggestion-text')?.textContent).toBe('Hi Anna, we ship within 1–2 days.');
    click(buttonWith(el, 'Insert “Returns”'));
    expect(onUseTemplate).toHaveBeenCalledWith(expect.objectContaining({ templateId: 'r' }));
    expect(el.querySelector('.outcome')?.textContent).toBe('Inserted into the reply box.');
  });

  it('says the template was not inserted when another conversation is open now', () => {
    const el = show('en', { kind: 'overview', overview: overview() }, { suggestions: ready(true), useOutcome: { templateId: 's', result: 'other-conversation' } });
    expect(el.querySelector('.outcome')?.textContent).toBe('Not inserted: another conversation is open now. Open this popup again for suggestions that fit it.');
  });

  it('offers to copy when the inbox has no reply box', () => {
    const el = show('en', { kind: 'overview', overview: overview() }, { suggestions: ready(false), useOutcome: { templateId: 's', result: 'copied' } });
    expect(buttonWith(el, 'Copy “Shipping”')).toBeTruthy();
    expect(el.querySelector('.outcome')?.textContent).toBe('Copied: paste it into the reply box.');
  });
});

describe('Popup on an inbox whose URL names no Page', () => {
  it('says the Page is not known, shows no figures, and names the Page the inbox shows', () => {
    const el = show('en', { kind: 'unknown-page', pageName: 'Nordlys Shop' });
    expect(el.querySelector('.unknown-page h2')?.textContent).toBe('Page not known');
    expect(el.querySelector('header .page-name')?.textContent).toBe('Nordlys Shop');
    expect(el.querySelector('.figures, h2.risk')).toBeNull();
  });
});

describe('Popup chart, health and other tabs', () => {
  it('draws both charts with targets, a title and description, and a table fallback', () => {
    const el = show('en', { kind: 'overview', overview: overview() });
    const charts = el.querySelectorAll('svg[role="img"]');
    expect(charts).toHaveLength(2);
    expect(charts[0]!.querySelector('title')?.textContent).toBe('Response rate');
    expect(charts[0]!.querySelector('desc')?.textContent).toBe('The 30-day response rate as it stood at the end of each day; the dashed line is the 90% target.');
    expect(charts[1]!.querySelector('.chart-target')).not.toBeNull();
    expect(charts[0]!.querySelectorAll('.chart-line')).toHaveLength(2); // the day without requests is a gap
    expect(el.querySelector('details table')).toBeNull(); // built when opened
    const details = el.querySelector<HTMLDetailsElement>('.history details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const rows = el.querySelectorAll('details tbody tr');
    expect(rows).toHaveLength(30);
    expect(rows[4]!.textContent).toContain('none yet');
  });

  it('puts dates and values on the axes: the first and last day, the top and bottom of each range', () => {
    const o = overview();
    const el = show('en', { kind: 'overview', overview: o });
    const axis = (id: string) => [...el.querySelectorAll(`svg.chart-${id} .chart-axis text`)].map((e) => e.textContent);
    const [first, last] = [formatDay(o.history[0]!.day, 'en'), formatDay(o.history[29]!.day, 'en')];
    expect(axis('rate')).toEqual(['100%', '0%', first, last]);
    expect(axis('time')).toEqual(['30\u00a0min', '0', first, last]);
  });

  it('marks times above the drawn range instead of clipping them silently', () => {
    const history = overview().history.map((d, i) => (i === 10 ? { ...d, responseTimeSeconds: 4 * 3600 } : d));
    const el = show('en', { kind: 'overview', overview: overview({ history }) });
    expect(el.querySelectorAll('svg.chart-time .chart-above')).toHaveLength(1);
    expect(el.querySelector('.chart-note')?.textContent).toBe('▲ above 30\u00a0min');
    expect(el.querySelector('svg.chart-time desc')?.textContent).toContain('▲ above 30\u00a0min');
    expect(show('en', { kind: 'overview', overview: overview() }).querySelector('.chart-above')).toBeNull();
  });

  it('a new install says in one line that there is no history yet, no table of empty days', () => {
    const history = overview().history.map((d) => ({ ...d, responseRate: null, responseTimeSeconds: null }));
    const el = show('en', { kind: 'overview', overview: overview({ history }) });
    expect(el.querySelector('.history .empty')?.textContent).toBe('No figures yet for the last 30 days.');
    expect(el.querySelector('.history svg, .history table, .history details')).toBeNull();
  });

  it('health: says it cannot read the inbox and copies diagnostics', () => {
    const onCopyDiagnostics = vi.fn();
    const sick = overview({ health: { list: false, transcript: null, problems: ['list'] } });
    const el = show('en', { kind: 'overview', overview: sick }, { onCopyDiagnostics, diagnosticsCopy: 'copied' });
    expect(el.querySelector('[role="alert"] h2')?.textContent).toBe("ReplyClock can't read this inbox right now");
    click(buttonWith(el, 'Copy diagnostics'));
    expect(onCopyDiagnostics).toHaveBeenCalledOnce();
    expect(el.querySelector('.health')?.textContent).toContain('Diagnostics copied');
  });

  it('storage: says in words that the browser storage is full and how many batches were given up', () => {
    const full = overview({ delivery: { storeFailure: 'quota', droppedBatches: 3 } });
    const notice = show('en', { kind: 'overview', overview: full }).querySelector('.delivery[role="alert"]');
    expect(notice?.querySelector('h2')?.textContent).toBe("ReplyClock can't save everything this inbox shows");
    expect(notice?.textContent).toContain("The browser's storage for extensions is full. Free some disk space");
    expect(notice?.textContent).toContain('3 sets of observations from this inbox could not be saved and were given up');
  });

  it('storage: another write error, and one batch given up earlier, in German', () => {
    const notice = show('de', { kind: 'overview', overview: overview({ delivery: { storeFailure: 'write', droppedBatches: 1 } }) }).querySelector('.delivery')!;
    expect(notice.textContent).toContain('Der Browser hat das Speichern dessen verweigert');
    expect(notice.textContent).toContain('1 Satz Beobachtungen aus diesem Posteingang konnte nicht gespeichert werden');
  });

  it('health: an open conversation whose messages could not be read is explained as such', () => {
    const sick = overview({ health: { list: true, transcript: true, problems: ['no-messages-read'] } });
    const text = show('en', { kind: 'overview', overview: sick }).querySelector('.health')?.textContent;
    expect(text).toContain('could not read any of its messages');
  });

  it('a healthy inbox shows no notice', () => {
    expect(show('en', { kind: 'overview', overview: overview() }).querySelector('.health')).toBeNull();
  });

  it('not an inbox: says so and links to the inbox', () => {
    const el = show('en', { kind: 'not-inbox' });
    expect(el.textContent).toContain('This tab is not a Business Suite inbox');
    expect(el.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/business\.facebook\.com\/latest\/inbox/);
  });

  it('error: shows the reason and retries', () => {
    const onRetry = vi.fn();
    const el = show('en', { kind: 'error', message: 'No receiver answered' }, { onRetry });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('ReplyClock could not load the figures: No receiver answered');
    click(buttonWith(el, 'Try again'));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe.each(LOCALES)('Popup in %s', (locale) => {
  const views: Array<[string, PopupView, Partial<PopupProps>?]> = [
    ...Object.entries(RISK_STATES).map(([name, o]): [string, PopupView] => [name, { kind: 'overview', overview: o }]),
    ['many waiting', { kind: 'overview', overview: overview({ waiting: manyWaiting(60), awayUntil: NOW + 3_600_000 }) }, { suggestions: { kind: 'ready', composerFound: true, suggestions: [{ templateId: 'x', title: 'T', text: 'x', conversation: { threadId: null, title: 'T' } }] }, useOutcome: { templateId: 'x', result: 'failed' } }],
    ['template for another conversation', { kind: 'overview', overview: overview() }, { suggestions: { kind: 'ready', composerFound: true, suggestions: [{ templateId: 'x', title: 'T', text: 'x', conversation: { threadId: null, title: 'T' } }] }, useOutcome: { templateId: 'x', result: 'other-conversation' } }],
    ['health', { kind: 'overview', overview: overview({ health: { list: true, transcript: false, problems: ['x'] } }) }, { diagnosticsCopy: 'failed', suggestions: { kind: 'ready', composerFound: false, suggestions: [] } }],
    ['storage', { kind: 'overview', overview: overview({ delivery: { storeFailure: 'quota', droppedBatches: 2 } }) }],
    ['no messages read', { kind: 'overview', overview: overview({ health: { list: true, transcript: true, problems: ['no-messages-read'] } }) }],
    ['empty', { kind: 'overview', overview: overview({ stats: stats({ requests: 0, responseRate: null, responseTimeSeconds: null, risk: 'not-earned', badge: false }) }) }, { suggestions: { kind: 'loading' } }],
    ['not-inbox', { kind: 'not-inbox' }],
    ['no-data', { kind: 'no-data' }],
    ['unknown-page', { kind: 'unknown-page', pageName: 'Nordlys Shop' }],
    ['loading', { kind: 'loading' }],
    ['error', { kind: 'error', message: 'x' }],
  ];

  it.each(views.map(([name, view, extra]) => ({ name, view, extra })))('$name renders every string from the locale', ({ view, extra }) => {
    const el = show(locale, view, extra);
    expect(el.textContent).not.toMatch(/__MSG_|\$\d|popup_|risk_/);
  });

  it('opens the chart data table in the user language', () => {
    const el = show(locale, { kind: 'overview', overview: overview() });
    const details = el.querySelector<HTMLDetailsElement>('.history details')!;
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(el.querySelector('details thead')?.textContent).toContain(messageOf(locale, 'popup_history_day'));
    expect(el.querySelector('details tbody')?.textContent).toContain(messageOf(locale, 'popup_no_value'));
  });

  it('names a state and a wait in the same words as the inline badge', () => {
    const t = translator(locale);
    const waiting = [waitingThread('late', 30, ['late'], 'Lars'), waitingThread('new', 0.3, ['ok'], 'Nina')];
    const el = show(locale, { kind: 'overview', overview: overview({ waiting }) });
    const [lars, nina] = waiting.map((state) => {
      const target = document.createElement('span');
      renderConversationBadge(target, { state, now: NOW, t, locale });
      return target;
    }) as [HTMLElement, HTMLElement];
    const rows = el.querySelectorAll('.waiting-row');
    expect(rows[0]!.querySelector('.state-word')?.textContent).toBe(lars.querySelector('strong')?.textContent);
    // The badge's line is short (the duration alone); its sentence says the wait as the popup does.
    expect(lars.querySelector('[role="status"]')!.getAttribute('aria-label')).toContain(rows[0]!.querySelector('.waiting-waited')!.textContent!);
    expect(rows[1]!.querySelector('.state-word')?.textContent).toBe(nina.querySelector('strong')?.textContent);
    expect(rows[1]!.querySelector('.waiting-waited')?.textContent).toBe(messageOf(locale, 'badge_waited_under_a_minute'));
  });

  it('says one waiting conversation in a singular sentence, without the numeral', () => {
    const one = overview({ stats: stats({ pending: 1, risk: 'at-risk', answerAllBy: NOW + 3 * MIN }), waiting: [waitingThread('a', 9, ['soon'])] });
    const text = advice(show(locale, { kind: 'overview', overview: one }))!;
    expect(text).not.toMatch(/(^|\D)1(\D|$)/);
    expect(text).not.toBe(messageOf(locale, 'popup_advice_answer_by_keep_other').replace('$1', '1'));
  });

  it('keeps a number and its unit on one line', () => {
    const el = show(locale, { kind: 'overview', overview: RISK_STATES['at-risk'] });
    const durations = [...el.querySelectorAll('.figure, .waiting-waited')].map((e) => e.textContent!);
    expect(durations.join(' ')).toMatch(/\d\u00a0\p{L}/u);
    for (const text of durations) expect(text).not.toMatch(/\d \p{L}/u);
  });

  it('says an empty history and marks clipped times in the user language', () => {
    const empty = overview().history.map((d) => ({ ...d, responseRate: null, responseTimeSeconds: null }));
    expect(show(locale, { kind: 'overview', overview: overview({ history: empty }) }).querySelector('.history .empty')?.textContent).toBe(messageOf(locale, 'popup_history_empty'));
    const slow = overview().history.map((d, i) => (i === 3 ? { ...d, responseTimeSeconds: 7200 } : d));
    expect(show(locale, { kind: 'overview', overview: overview({ history: slow }) }).querySelector('.chart-note')?.textContent).toMatch(/^▲ \p{L}+ 30\u00a0\p{L}+/u);
  });

  it('names the risk in the user language', () => {
    const el = show(locale, { kind: 'overview', overview: RISK_STATES['at-risk'] });
    expect(el.querySelector('h2.risk')?.textContent).toContain(messageOf(locale, 'risk_at_risk'));
  });
});

describe('Popup Away switch for the Page in the active tab', () => {
  const awaySwitch = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('[role="switch"]')!;

  it.each(LOCALES)('%s: switches Away on from the popup, and off again', (locale) => {
    const onSwitchAway = vi.fn(async () => {});
    const off = show(locale, { kind: 'overview', overview: overview() }, { onSwitchAway });
    expect(awaySwitch(off).getAttribute('aria-checked')).toBe('false');
    expect(awaySwitch(off).textContent).toBe(`${messageOf(locale, 'options_away_switch')} ${messageOf(locale, 'options_off')}`);
    click(awaySwitch(off));
    expect(onSwitchAway).toHaveBeenLastCalledWith(true);
    const on = show(locale, { kind: 'overview', overview: overview({ awayUntil: NOW + 60 * MIN }) }, { onSwitchAway });
    expect(awaySwitch(on).getAttribute('aria-checked')).toBe('true');
    click(awaySwitch(on));
    expect(onSwitchAway).toHaveBeenLastCalledWith(false);
  });

  it('says why when the switch could not be stored', async () => {
    const el = show('de', { kind: 'overview', overview: overview() }, { onSwitchAway: vi.fn(async () => { throw new Error('Speicher voll'); }) });
    click(awaySwitch(el));
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
    expect(el.querySelector('.away-toggle [role="alert"]')?.textContent).toBe('Nicht gespeichert: Speicher voll');
  });
});

describe('Popup suggestions from starters not yet edited', () => {
  it.each(LOCALES)('%s: says "edit before use" on them, and only on them', (locale) => {
    const conversation = { threadId: null, title: 'Anna' };
    const suggestions: SuggestionsState = { kind: 'ready', composerFound: true, suggestions: [
      { templateId: 'starter-shipping-en', title: 'Shipping', text: 'Hi Anna', conversation, uneditedStarter: true },
      { templateId: 'mine', title: 'Mine', text: 'Hi Anna', conversation, uneditedStarter: false },
    ] };
    const el = show(locale, { kind: 'overview', overview: overview() }, { suggestions });
    const marks = [...el.querySelectorAll('.suggestion')].map((s) => s.querySelector('.edit-before-use')?.textContent ?? null);
    expect(marks).toEqual([messageOf(locale, 'options_tpl_edit_before_use'), null]);
  });
});
