import { useState } from 'preact/hooks';
import type { HistoryPoint } from '@/core/messages';
import { formatDay, formatDuration, formatRate } from '../display-format';
import { useI18n } from '../i18n';

/*
 * Why plain SVG and not a chart library: two small line charts with one target line each are
 * ~60 lines of SVG; a library (Chart.js ~200 KB, even uPlot ~45 KB) would be most of the popup's
 * weight and draws on a <canvas>, which screen readers cannot read. SVG gives each chart a
 * <title> and <desc>, follows the page's colours through CSS, and the same data is offered as a
 * table (in a <details>) for anyone who cannot see the lines.
 */

export interface HistoryChartProps {
  history: readonly HistoryPoint[];
  rateTarget: number;
  timeTargetSeconds: number;
}

const WIDTH = 300;
const HEIGHT = 70;
const PAD = 4;

/** Rate and time over the last 30 days, each with its target drawn as a dashed line. */
export function HistoryChart({ history, rateTarget, timeTargetSeconds }: HistoryChartProps) {
  const { t, locale } = useI18n();
  // The table is built when opened: it is the same data as the lines, and the popup's first render stays small.
  const [tableOpen, setTableOpen] = useState(false);
  const days = history.slice(-30);
  if (days.length === 0) return null;
  const times = days.map((d) => d.responseTimeSeconds).filter((v): v is number => v !== null);
  const timeMax = Math.max(timeTargetSeconds * 2, ...times);
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('popup_history_heading')}</h2>
      <Chart
        id="rate"
        caption={t('popup_target', [formatRate(rateTarget, locale)])}
        title={t('popup_rate_label')}
        desc={t('popup_history_rate_desc', [formatRate(rateTarget, locale)])}
        values={days.map((d) => d.responseRate)}
        max={1}
        target={rateTarget}
      />
      <Chart
        id="time"
        caption={t('popup_target', [formatDuration(timeTargetSeconds, locale)])}
        title={t('popup_time_label')}
        desc={t('popup_history_time_desc', [formatDuration(timeTargetSeconds, locale)])}
        values={days.map((d) => d.responseTimeSeconds)}
        max={timeMax}
        target={timeTargetSeconds}
      />
      <details onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('popup_history_table')}</summary>
        {tableOpen && <table>
          <thead>
            <tr><th scope="col">{t('popup_history_day')}</th><th scope="col">{t('popup_rate_label')}</th><th scope="col">{t('popup_time_label')}</th></tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day, locale)}</th>
                <td>{d.responseRate === null ? t('popup_no_value') : formatRate(d.responseRate, locale)}</td>
                <td>{d.responseTimeSeconds === null ? t('popup_no_value') : formatDuration(d.responseTimeSeconds, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>}
      </details>
    </section>
  );
}

interface ChartProps { id: string; caption: string; title: string; desc: string; values: ReadonlyArray<number | null>; max: number; target: number }

/** One chart: a visible caption for sighted users, <title>/<desc> for assistive technology. */
function Chart({ id, caption, title, desc, values, max, target }: ChartProps) {
  const x = (i: number) => PAD + (values.length === 1 ? 0 : (i * (WIDTH - 2 * PAD)) / (values.length - 1));
  const y = (v: number) => HEIGHT - PAD - (Math.min(v, max) / max) * (HEIGHT - 2 * PAD);
  return (
    <figure class="chart-figure">
      <figcaption aria-hidden="true">
        <strong>{title}</strong> <span class="target">– – {caption}</span>
      </figcaption>
    <svg class={`chart chart-${id}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`chart-${id}-title chart-${id}-desc`}>
      <title id={`chart-${id}-title`}>{title}</title>
      <desc id={`chart-${id}-desc`}>{desc}</desc>
      <line class="chart-target" x1={PAD} x2={WIDTH - PAD} y1={y(target)} y2={y(target)} />
      {segmentsOf(values).map((segment) => (
        <polyline key={segment[0]} class="chart-line" points={segment.map((i) => `${x(i).toFixed(1)},${y(values[i]!).toFixed(1)}`).join(' ')} />
      ))}
      {values.map((v, i) => (v === null ? null : <circle key={i} class="chart-point" cx={x(i)} cy={y(v)} r={1.8} />))}
    </svg>
    </figure>
  );
}

/** Runs of consecutive days that have a value: a day without requests is a gap, not a zero. */
function segmentsOf(values: ReadonlyArray<number | null>): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) segments.push(current);
  return segments;
}
