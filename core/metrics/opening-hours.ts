/**
 * R9 — opening hours: a weekly schedule of local wall-clock spans in an IANA time zone. Every
 * instant outside the spans is Away. Wall-clock times come from core/time-zone (Intl, cached per
 * UTC day, so a full recompute over months of requests asks `Intl` a few hundred times).
 */
import { wallClockOf } from '@/core/time-zone';
import { DAY_MS, MINUTE_MS } from './durations';
import type { OpeningHours, Weekday } from './types';

/** The weekdays, Monday first (ISO 8601, and the order the options page lists them in). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 1970-01-01, day 0 of the epoch, was a Thursday: index 3 in WEEKDAYS. */
const EPOCH_WEEKDAY = WEEKDAYS.indexOf('thu');
const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:MM" → minutes after local midnight ("24:00" = 1440); null when malformed. */
export function wallClockMinutes(text: string): number | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Returns `isOpen(t)` for a schedule. Spans are [start, end) in local wall-clock time; a span whose
 * end is not after its start runs past midnight into the next day (*decision*: "22:00"–"02:00" and
 * "18:00"–"00:00" read as overnight hours). A weekday not listed is closed all day.
 */
export function openingHoursTest(hours: OpeningHours): (t: number) => boolean {
  const open: Array<Array<[number, number]>> = WEEKDAYS.map(() => []);
  WEEKDAYS.forEach((weekday, index) => {
    for (const [startText, endText] of hours.days[weekday] ?? []) {
      const start = wallClockMinutes(startText);
      const end = wallClockMinutes(endText);
      if (start === null || end === null) throw new RangeError(`opening hours: "${startText}"–"${endText}" is not HH:MM–HH:MM`);
      if (end > start) open[index]!.push([start * MINUTE_MS, end * MINUTE_MS]);
      else {
        open[index]!.push([start * MINUTE_MS, DAY_MS]);
        if (end > 0) open[(index + 1) % 7]!.push([0, end * MINUTE_MS]);
      }
    }
  });
  return (t) => {
    const local = wallClockOf(t, hours.timeZone);
    const localDay = Math.floor(local / DAY_MS);
    const sinceMidnight = local - localDay * DAY_MS;
    const weekday = (((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7;
    for (const [start, end] of open[weekday]!) if (sinceMidnight >= start && sinceMidnight < end) return true;
    return false;
  };
}
