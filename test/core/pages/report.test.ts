import { describe, expect, it } from 'vitest';
import { agentFigures, DEFAULT_METRIC_SETTINGS, withAgentNames, type MessageInput, type ThreadInput } from '@/core/metrics';
import { pageReportOf, type ReportInput } from '@/core/pages/report';
import { missedAndLateCsv } from '@/core/pages/report-requests';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { c, MIN, p, t } from '../../support/inbox-builder';

const by = (author: string, message: MessageInput): MessageInput => ({ ...message, author });
const NOW = t('12:00', 3);

function reportThread(id: string, title: string, messages: MessageInput[], assignedTo: string | null = null): ThreadInput & ReportInput['threads'][number] {
  return { id, folder: 'inbox', messages, threadKey: id, threadId: id, title, assignedTo };
}

// DAY0 (2026-11-02) is a Monday; times are UTC.
const threads = [
  reportThread('100000000000001', 'Sinta Dewi', [c(t('08:00')), by('Fah S.', p(t('08:04')))]),
  reportThread('100000000000002', 'Lars Øvergaard', [c(t('09:10')), by('Jonas Lind', p(t('09:50')))]),
  reportThread('100000000000003', 'Maria Rossi', [c(t('09:30', 1)), by('Kari Nordmann', p(t('09:35', 1)))]),
  reportThread('100000000000004', 'Jonas Berg', [c(t('10:00', 1))], 'Kari Nordmann'),
];
const input: ReportInput = { pageId: '111', pageName: 'Shop', threads, away: [], settings: DEFAULT_SETTINGS, names: { 'Fah S.': 'Fah Somchai' }, timeZone: 'UTC' };
const report = pageReportOf(input, NOW);

describe('the report', () => {
  it('gives the per-agent table the engine computes, under the team\'s names, the missed request on the assigned agent', () => {
    expect(report.agents).toEqual(agentFigures({ threads: withAgentNames(threads, input.names), away: [] }, DEFAULT_METRIC_SETTINGS, NOW));
    expect(report.agents.map((a) => [a.agent, a.answered, a.missed])).toEqual([['Fah Somchai', 1, 0], ['Jonas Lind', 1, 0], ['Kari Nordmann', 1, 1]]);
  });

  it('shows nothing per agent when no reply names one', () => {
    const unnamed = threads.map((thread) => ({ ...thread, messages: thread.messages.map(({ author: _, ...m }) => m) }));
    expect(pageReportOf({ ...input, threads: unnamed }, NOW).agents).toEqual([]);
  });

  it('lists the missed and the late requests, latest first, each with a link to its conversation', () => {
    expect(report.requests).toEqual([
      { threadId: '100000000000004', title: 'Jonas Berg', at: t('10:00', 1), status: 'missed', responseSeconds: null, agent: 'Kari Nordmann', url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000004&thread_type=FB_MESSAGE' },
      { threadId: '100000000000002', title: 'Lars Øvergaard', at: t('09:10'), status: 'late', responseSeconds: 40 * 60, agent: 'Jonas Lind', url: 'https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000002&thread_type=FB_MESSAGE' },
    ]);
    expect(missedAndLateCsv(report.requests).split('\r\n').slice(0, 2)).toEqual([
      'conversation,request_at,status,response_seconds,agent,link',
      `Jonas Berg,${new Date(t('10:00', 1)).toISOString()},missed,,Kari Nordmann,https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000004&thread_type=FB_MESSAGE`,
    ]);
  });

  it('counts requests and their median response time by weekday and hour', () => {
    expect(report.heat.requests[0]![9]).toBe(1); // Monday 09:10
    expect(report.heat.medianSeconds[0]![9]).toBe(40 * 60);
    expect(report.heat.requests[1]![9]).toBe(1); // Tuesday 09:30
    expect(report.heat.requests[1]![10]).toBe(1); // Tuesday 10:00, missed: no time
    expect(report.heat.medianSeconds[1]![10]).toBeNull();
    expect(report.heat.requests.flat().reduce((a, b) => a + b)).toBe(4);
  });

  it('gives the figures over 30 and 90 days, and each day\'s, today last', () => {
    expect(report.periods.map((period) => [period.days, period.requests, period.answered, period.daily.length])).toEqual([[30, 4, 3, 30], [90, 4, 3, 90]]);
    expect(report.periods[0]!.responseRate).toBeCloseTo(0.75);
    expect(report.periods[1]!.daily.at(-1)).toMatchObject({ day: t('00:00', 3), responseRate: 0.75 });
    expect(report.periods[1]!.daily.at(-4)).toMatchObject({ day: t('00:00'), responseRate: 1, responseTimeSeconds: 22 * 60 });
    expect(report.periods[0]!.daily[0]!.day).toBe(t('00:00', 3) - 29 * 24 * 60 * MIN);
  });
});
