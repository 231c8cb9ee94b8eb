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
  /** Each day's 30-day figures as they stood at the end of that day, oldest first. */
  history: readonly HistoryPoint[];
  rateTarget: number;
  timeTargetSeconds: number;
}

const WIDTH = 300;
const HEIGHT = 84;
/** Room for the value labels on the left and the dates below. */
const AXIS_LEFT = 58;
const AXIS_BOTTOM = 16;
const PAD = 5;
/** The time chart draws up to twice the target, so the target line sits mid-height. */
const TIME_RANGE_TIMES_TARGET = 2;

/**
 * The 30-day figures day by day, folded away below the popup's first screen: rate and time each
 * with its target dashed, dates and values on the axes. A new install says in one line that there
 * is nothing yet instead of drawing thirty empty days.
 */
export function HistoryChart({ history, rateTarget, timeTargetSeconds }: HistoryChartProps) {
  const { t, locale } = useI18n();
  // The table is built when opened: it is the same data as the lines, and the popup's first render stays small.
  const [tableOpen, setTableOpen] = useState(false);
  const days = history.slice(-30);
  const known = days.some((d) => d.responseRate !== null || d.responseTimeSeconds !== null);
  const timeMax = timeTargetSeconds * TIME_RANGE_TIMES_TARGET;
  const dates: [string, string] = days.length ? [formatDay(days[0]!.day, locale), formatDay(days[days.length - 1]!.day, locale)] : ['', ''];
  const above = t('popup_history_above', [formatDuration(timeMax, locale)]);
  const clipped = days.some((d) => d.responseTimeSeconds !== null && d.responseTimeSeconds > timeMax);
  return (
    <details class="history">
      <summary><h2 id="history-heading">{t('popup_history_heading')}</h2></summary>
      {!known ? (
        <p class="empty">{t('popup_history_empty')}</p>
      ) : (
        <>
          <Chart
            id="rate"
            caption={t('popup_target', [formatRate(rateTarget, locale)])}
            title={t('popup_rate_label')}
            desc={t('popup_history_rate_desc', [formatRate(rateTarget, locale)])}
            values={days.map((d) => d.responseRate)}
            max={1}
            labels={[formatRate(1, locale), formatRate(0, locale)]}
            dates={dates}
            target={rateTarget}
          />
          <Chart
            id="time"
            caption={t('popup_target', [formatDuration(timeTargetSeconds, locale)])}
            title={t('popup_time_label')}
            desc={t('popup_history_time_desc', [formatDuration(timeTargetSeconds, locale)]) + (clipped ? ` ${above}` : '')}
            values={days.map((d) => d.responseTimeSeconds)}
            max={timeMax}
            labels={[formatDuration(timeMax, locale), '0']}
            dates={dates}
            target={timeTargetSeconds}
            aboveNote={clipped ? above : null}
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
        </>
      )}
    </details>
  );
}

interface ChartProps {
  id: string;
  caption: string;
  title: string;
  desc: string;
  values: ReadonlyArray<number | null>;
  max: number;
  /** The values at the top and the bottom of the drawn range. */
  labels: [string, string];
  /** The first and the last day. */
  dates: [string, string];
  target: number;
  /** Said below the chart when some values lie above the drawn range (drawn as ▲ at its top). */
  aboveNote?: string | null;
}

/** One chart: a visible caption for sighted users, <title>/<desc> for assistive technology. */
function Chart({ id, caption, title, desc, values, max, labels, dates, target, aboveNote = null }: ChartProps) {
  const plotBottom = HEIGHT - AXIS_BOTTOM;
  const x = (i: number) => AXIS_LEFT + (values.length === 1 ? 0 : (i * (WIDTH - AXIS_LEFT - PAD)) / (values.length - 1));
  const y = (v: number) => plotBottom - (Math.min(v, max) / max) * (plotBottom - PAD);
  return (
    <figure class="chart-figure">
      <figcaption aria-hidden="true">
        <strong>{title}</strong> <span class="target">– – {caption}</span>
      </figcaption>
      <svg class={`chart chart-${id}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`chart-${id}-title chart-${id}-desc`}>
        <title id={`chart-${id}-title`}>{title}</title>
        <desc id={`chart-${id}-desc`}>{desc}</desc>
        <g class="chart-axis">
          <line x1={AXIS_LEFT} x2={AXIS_LEFT} y1={PAD} y2={plotBottom} />
          <line x1={AXIS_LEFT} x2={WIDTH - PAD} y1={plotBottom} y2={plotBottom} />
          <text x={AXIS_LEFT - 4} y={PAD + 4} text-anchor="end">{labels[0]}</text>
          <text x={AXIS_LEFT - 4} y={plotBottom} text-anchor="end">{labels[1]}</text>
          <text x={AXIS_LEFT} y={HEIGHT - 2} text-anchor="start">{dates[0]}</text>
          <text x={WIDTH - PAD} y={HEIGHT - 2} text-anchor="end">{dates[1]}</text>
        </g>
        <line class="chart-target" x1={AXIS_LEFT} x2={WIDTH - PAD} y1={y(target)} y2={y(target)} />
        {segmentsOf(values).map((segment) => (
          <polyline key={segment[0]} class="chart-line" points={segment.map((i) => `${x(i).toFixed(1)},${y(values[i]!).toFixed(1)}`).join(' ')} />
        ))}
        {values.map((v, i) => {
          if (v === null) return null;
          if (v > max) return <path key={i} class="chart-above" d={`M${x(i) - 3.5},${PAD + 5} l3.5,-6 l3.5,6 z`} />;
          return <circle key={i} class="chart-point" cx={x(i)} cy={y(v)} r={1.8} />;
        })}
      </svg>
      {aboveNote && <p class="chart-note" aria-hidden="true">{aboveNote}</p>}
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
