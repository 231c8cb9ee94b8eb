// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Report } from '@/components/report/Report';
import { pageReportOf } from '@/core/pages/report';
import { DEFAULT_SETTINGS } from '@/core/settings';
import type { MessageInput } from '@/core/metrics';
import { buttonWith, click, LOCALES, messageOf, renderIn } from '../../support/locale-render';
import { c, p, t } from '../../support/inbox-builder';

const by = (author: string, message: MessageInput): MessageInput => ({ ...message, author });
const reportThread = (id: string, title: string, messages: MessageInput[], assignedTo: string | null = null) => ({ id, folder: 'inbox' as const, messages, threadKey: id, threadId: id, title, assignedTo });
const NOW = t('12:00', 3);
const threads = [
  reportThread('100000000000001', 'Sinta Dewi', [c(t('08:00')), by('Fah Somchai', p(t('08:04')))]),
  reportThread('100000000000002', 'Lars Øvergaard', [c(t('09:10')), by('Jonas Lind', p(t('09:50')))]),
  reportThread('100000000000004', 'Jonas Berg', [c(t('10:00', 1))], 'Kari Nordmann'),
];
const report = pageReportOf({ pageId: '111', pageName: 'Shop', threads, away: [], settings: DEFAULT_SETTINGS, names: {}, timeZone: 'UTC' }, NOW);

afterEach(() => { document.body.innerHTML = ''; });

describe('the report page', () => {
  it('shows the per-agent table and links each missed or late request to its conversation', () => {
    const el = renderIn('en', <Report report={report} onDownloadCsv={() => {}} />);
    const rows = [...el.querySelectorAll('table.agents tbody tr')].map((tr) => tr.querySelector('th')!.textContent);
    expect(rows).toEqual(['Fah Somchai', 'Jonas Lind', 'Kari Nordmann']);
    const link = el.querySelector<HTMLAnchorElement>('table.requests a')!;
    expect(link.textContent).toBe('Jonas Berg');
    expect(link.getAttribute('href')).toBe('https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000004&thread_type=FB_MESSAGE');
    expect(link.getAttribute('aria-label')).toBe('Open the conversation with Jonas Berg in the inbox');
  });

  it('gives every chart a title and description, and its data as a table', () => {
    const el = renderIn('en', <Report report={report} onDownloadCsv={() => {}} />);
    const charts = [...el.querySelectorAll('svg[role="img"]')];
    expect(charts).toHaveLength(4);
    for (const chart of charts) expect(chart.querySelector('title')?.textContent && chart.querySelector('desc')?.textContent).toBeTruthy();
    expect(el.querySelectorAll('.period details table tbody tr')).toHaveLength(30 + 90);
    expect(el.querySelectorAll('table.heat')).toHaveLength(2);
  });

  it('says there is nothing per agent on an inbox without "Sent by"', () => {
    const el = renderIn('en', <Report report={{ ...report, agents: [] }} onDownloadCsv={() => {}} />);
    expect(el.querySelector('table.agents')).toBeNull();
    expect(el.textContent).toContain(messageOf('en', 'report_agents_none'));
  });

  it('downloads the list as CSV', () => {
    const onDownloadCsv = vi.fn();
    const el = renderIn('en', <Report report={report} onDownloadCsv={onDownloadCsv} />);
    click(buttonWith(el, 'Download this list as CSV'));
    expect(onDownloadCsv).toHaveBeenCalledOnce();
  });

  it.each(LOCALES)('speaks %s: no key shows through', (locale) => {
    const el = renderIn(locale, <Report report={report} onDownloadCsv={() => {}} />);
    expect(el.textContent).not.toMatch(/\b(report|popup)_[a-z_]+/);
    expect(el.querySelector('h1')?.textContent).toBe(messageOf(locale, 'report_heading_page').replace('$1', 'Shop'));
  });
});
