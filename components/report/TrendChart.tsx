/*
 * Why plain SVG and not a chart library: a line, a dashed target and a band are a few dozen
 * lines of SVG; a library would outweigh the whole report and most draw on a <canvas>, which
 * screen readers cannot read. Each chart has a <title> and <desc>, takes its colours from CSS,
 * and its data is also a table (ReportFigures) for anyone who cannot see the lines.
 */

export interface TrendChartProps {
  id: string;
  title: string;
  desc: string;
  /** One value per day, oldest first; null where there were no requests. */
  values: ReadonlyArray<number | null>;
  /** R13: each day's least and greatest value where they differ. */
  ranges?: ReadonlyArray<readonly [number, number] | null>;
  max: number;
  target: number;
  /** Labels of the top and the bottom of the value axis, and of the first and last day. */
  labels: [string, string];
  dates: [string, string];
}

const WIDTH = 640;
const HEIGHT = 140;
const LEFT = 64;
const BOTTOM = 18;
const PAD = 6;

/** A day-by-day line with its target dashed and, where times were uncertain, a band. */
export function TrendChart({ id, title, desc, values, ranges = [], max, target, labels, dates }: TrendChartProps) {
  const x = (i: number) => LEFT + (values.length > 1 ? (i * (WIDTH - LEFT - PAD)) / (values.length - 1) : 0);
  const y = (v: number) => PAD + (1 - Math.min(v, max) / max) * (HEIGHT - BOTTOM - 2 * PAD);
  // A day without requests breaks the line: nothing is drawn where nothing was measured.
  const segments: string[][] = [[]];
  for (const [i, v] of values.entries()) {
    if (v === null) segments.push([]);
    else segments.at(-1)!.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  }
  const band = ranges.flatMap((r, i) => (r && r[0] !== r[1] ? [[i, r] as const] : []));
  return (
    <svg class="trend" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g class="axis">
        <text x={LEFT - 6} y={PAD + 10} text-anchor="end">{labels[0]}</text>
        <text x={LEFT - 6} y={HEIGHT - BOTTOM - PAD} text-anchor="end">{labels[1]}</text>
        <text x={LEFT} y={HEIGHT - 4}>{dates[0]}</text>
        <text x={WIDTH - PAD} y={HEIGHT - 4} text-anchor="end">{dates[1]}</text>
        <line x1={LEFT} x2={LEFT} y1={PAD} y2={HEIGHT - BOTTOM - PAD} />
      </g>
      {band.map(([i, [low, high]]) => <rect key={i} class="range" x={x(i) - 2} width={4} y={y(high)} height={Math.max(1, y(low) - y(high))} />)}
      <line class="target" x1={LEFT} x2={WIDTH - PAD} y1={y(target)} y2={y(target)} />
      {segments.filter((points) => points.length).map((points) => <polyline key={points[0]} class="line" points={points.join(' ')} />)}
    </svg>
  );
}
