// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { HistoryChart } from '@/components/popup/HistoryChart';
import type { HistoryPoint } from '@/core/messages';
import { LOCALES, renderIn, type Locale } from '../../support/locale-render';
import { NOW } from '../../support/component-fixtures';

const DAY = 86_400_000;

/** Thirty days at 10 min; on the 11th the inbox showed only dividers: the time lay between 9 and 14 min. */
const history: HistoryPoint[] = Array.from({ length: 30 }, (_, i) => {
  const range = i === 10 ? ([540, 840] as const) : ([600, 600] as const);
  return { day: NOW - (29 - i) * DAY, responseRate: 0.95, responseTimeSeconds: 600, responseTimeRange: range, uncertain: i === 10 };
});

const show = (locale: Locale = 'en') => renderIn(locale, <HistoryChart history={history} rateTarget={0.9} timeTargetSeconds={900} />);

function openTable(el: HTMLElement): HTMLTableRowElement[] {
  const details = el.querySelector<HTMLDetailsElement>('.history details')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return [...el.querySelectorAll<HTMLTableRowElement>('details tbody tr')];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('history: days whose figures were uncertain (R13)', () => {
  it('look different on both charts, and the charts say what the mark means', () => {
    const el = show();
    for (const chart of el.querySelectorAll('svg[role="img"]')) {
      expect(chart.querySelectorAll('.chart-point.uncertain')).toHaveLength(1);
      expect(chart.querySelector('desc')?.textContent).toContain('a day whose figures are uncertain');
    }
    expect(el.querySelector('svg.chart-time .chart-range')).not.toBeNull();
  });

  it('the table gives the range and the reason', () => {
    const rows = openTable(show());
    expect(rows[10]!.textContent!.replace(/\u00a0/g, ' ')).toContain('9–14 min');
    expect(rows[10]!.textContent).toContain('uncertain: some times are known only within a range');
    expect(rows[9]!.textContent).not.toContain('uncertain');
  });

  it.each(LOCALES)('%s: the reason is translated', (locale) => {
    const rows = openTable(show(locale));
    expect(rows[10]!.querySelector('.uncertain-reason')?.textContent).toBeTruthy();
  });
});
