/**
 * When do we get slow? Requests and their median response time by local weekday × hour.
 */
import { answeredBy, countsAt, SECOND_MS, type RequestRecord } from '@/core/metrics';
import type { HeatMap } from '@/core/messages';
import { wallClockOf } from '@/core/time-zone';

const HOURS = 24;
const WEEKDAYS = 7;

/** Weekday (0 = Monday) and hour of `instant` on the wall clock of `timeZone`. */
function weekdayHourOf(instant: number, timeZone: string): [number, number] {
  const wall = new Date(wallClockOf(instant, timeZone));
  return [(wall.getUTCDay() + 6) % WEEKDAYS, wall.getUTCHours()];
}

function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

/**
 * The requests that count (R4) from `since` to `now`, by the weekday and hour they arrived.
 *
 * @example heatMapOf(records, now - 90 * DAY_MS, now, 'Europe/Oslo').requests[0][9] // requests on Mondays 09:00–09:59
 */
export function heatMapOf(records: readonly RequestRecord[], since: number, now: number, timeZone: string): HeatMap {
  const requests = Array.from({ length: WEEKDAYS }, () => new Array<number>(HOURS).fill(0));
  const times = Array.from({ length: WEEKDAYS }, () => Array.from({ length: HOURS }, () => [] as number[]));
  for (const record of records) {
    if (record.at <= since || record.at > now || !countsAt(record, now)) continue;
    const [day, hour] = weekdayHourOf(record.at, timeZone);
    requests[day]![hour]!++;
    if (answeredBy(record, now)) times[day]![hour]!.push((record.firstReplyAt! - record.at) / SECOND_MS);
  }
  return { requests, medianSeconds: times.map((row) => row.map((cell) => median(cell.sort((a, b) => a - b)))) };
}
