import { useI18n } from '../i18n';

export interface HeatMapProps {
  id: string;
  caption: string;
  /** Rows Monday first, 24 hourly cells each; null where nothing was measured. */
  cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /** How a cell's value reads (a count, a duration). */
  format: (value: number) => string;
  empty: string;
}

/** A Monday, for the weekday names: 2024-01-01 was one. */
const A_MONDAY = Date.UTC(2024, 0, 1, 12);
const DAY_MS = 86_400_000;

/*
 * The heat map is a table: the colour of each cell is the chart, its value the text a screen reader
 * reads (hidden from sight, shown as a tooltip), so the chart and its table are one.
 */
export function HeatMap({ id, caption, cells, format, empty }: HeatMapProps) {
  const { t, locale } = useI18n();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const max = Math.max(0, ...cells.flat().map((v) => v ?? 0));
  return (
    <table class="heat">
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr><th scope="col">{t('report_weekday')}</th>{Array.from({ length: 24 }, (_, hour) => <th key={hour} scope="col">{hour}</th>)}</tr>
      </thead>
      <tbody>
        {cells.map((row, day) => (
          <tr key={day}>
            <th scope="row">{weekday.format(A_MONDAY + day * DAY_MS)}</th>
            {row.map((value, hour) => {
              const text = value === null || value === 0 ? empty : format(value);
              const level = max > 0 && value ? value / max : 0;
              return (
                <td key={hour} title={text}>
                  <span class="heat-cell" style={{ '--level': level.toFixed(2) }} />
                  <span class="visually-hidden">{text}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
