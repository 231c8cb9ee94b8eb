import type { ReportPeriod } from '@/core/messages';
import { formatDay, formatDuration, formatRate } from '../display-format';
import { useI18n } from '../i18n';
import { TrendChart } from './TrendChart';

export interface ReportFiguresProps {
  period: ReportPeriod;
  rateTarget: number;
  timeTargetSeconds: number;
  timeZone: string;
}

/** The time chart draws up to twice the target, so the target line sits mid-height. */
const TIME_RANGE_TIMES_TARGET = 2;

/** A response time, or its R13 range where the times were uncertain. */
export function useTimeText() {
  const { t, locale } = useI18n();
  return (seconds: number | null, range: readonly [number, number] | null | undefined) => {
    if (seconds === null) return t('report_no_figure');
    if (range && Math.round(range[0]) !== Math.round(range[1])) return t('report_range', [formatDuration(range[0], locale), formatDuration(range[1], locale)]);
    return formatDuration(seconds, locale);
  };
}

/** One period: its totals, its rate and time day by day against the targets, and the same as a table. */
export function ReportFigures({ period, rateTarget, timeTargetSeconds, timeZone }: ReportFiguresProps) {
  const { t, locale } = useI18n();
  const timeText = useTimeText();
  const { days, daily } = period;
  const dates: [string, string] = [formatDay(daily[0]!.day, locale, timeZone), formatDay(daily.at(-1)!.day, locale, timeZone)];
  const timeMax = timeTargetSeconds * TIME_RANGE_TIMES_TARGET;
  const id = `period-${days}`;
  return (
    <section class="period" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('report_period_heading', [String(days)])}</h3>
      <dl class="totals">
        <div><dt>{t('popup_rate_label')}</dt><dd>{period.responseRate === null ? t('report_no_figure') : formatRate(period.responseRate, locale)} <span class="target">{t('popup_target', [formatRate(rateTarget, locale)])}</span></dd></div>
        <div><dt>{t('popup_time_label')}</dt><dd>{timeText(period.responseTimeSeconds, period.responseTimeRange)} <span class="target">{t('popup_target', [formatDuration(timeTargetSeconds, locale)])}</span></dd></div>
        <div><dt class="visually-hidden">{t('report_requests_heading')}</dt><dd>{t('report_period_summary', [String(period.requests), String(period.answered)])}</dd></div>
      </dl>
      <TrendChart id={`${id}-rate`} title={t('popup_rate_label')} desc={t('report_chart_rate_desc', [String(days), formatRate(rateTarget, locale)])}
        values={daily.map((d) => d.responseRate)} max={1} target={rateTarget} labels={[formatRate(1, locale), formatRate(0, locale)]} dates={dates} />
      <TrendChart id={`${id}-time`} title={t('popup_time_label')} desc={t('report_chart_time_desc', [String(days), formatDuration(timeTargetSeconds, locale)])}
        values={daily.map((d) => d.responseTimeSeconds)} ranges={daily.map((d) => d.responseTimeRange)} max={timeMax} target={timeTargetSeconds}
        labels={[formatDuration(timeMax, locale), '0']} dates={dates} />
      <details>
        <summary>{t('report_chart_table')}</summary>
        <table>
          <thead><tr><th scope="col">{t('popup_history_day')}</th><th scope="col">{t('popup_rate_label')}</th><th scope="col">{t('popup_time_label')}</th></tr></thead>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day, locale, timeZone)}</th>
                <td>{d.responseRate === null ? t('report_no_figure') : formatRate(d.responseRate, locale)}</td>
                <td>{timeText(d.responseTimeSeconds, d.responseTimeRange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
