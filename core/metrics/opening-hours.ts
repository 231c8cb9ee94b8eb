/**
 * R9 — opening hours: a weekly schedule of local wall-clock spans in an IANA time zone. Every
 * instant outside the spans is Away. Offsets come from the platform's `Intl` (so daylight-saving
 * changes follow the zone's rules); they are cached per UTC day, so a full recompute over months of
 * requests asks `Intl` a few hundred times, not once per request.
 */
import { DAY_MS, MINUTE_MS, SECOND_MS } from './durations';
import type { OpeningHours, Weekday } from './types';

/** Weekdays in `Date#getUTCDay` order (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** 1970-01-01, day 0 of the epoch, was a Thursday. */
const EPOCH_WEEKDAY = 4;
const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:MM" → minutes after local midnight ("24:00" = 1440); null when malformed. */
export function wallClockMinutes(text: string): number | null {
  const match = WALL_CLOCK.exec(text);
  if (!match) return null;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

/** True when `timeZone` is a zone the platform's `Intl` knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One reader per zone for the life of the worker: a zone's rules do not change while it runs. */
const readers = new Map<string, (t: number) => number>();

/**
 * Returns `offsetAt(t)`: milliseconds to add to the instant `t` to get the zone's wall-clock time
 * read as UTC. Cached per UTC day: a day whose start and end offsets differ holds one transition,
 * found by bisection to the minute (no zone changes its offset twice in one day).
 */
export function zoneOffsetReader(timeZone: string): (t: number) => number {
  let reader = readers.get(timeZone);
  if (!reader) {
    reader = uncachedZoneOffsetReader(timeZone);
    readers.set(timeZone, reader);
  }
  return reader;
}

function uncachedZoneOffsetReader(timeZone: string): (t: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const exact = (t: number): number => {
    const second = Math.floor(t / SECOND_MS) * SECOND_MS;
    const part: Record<string, number> = {};
    for (const p of format.formatToParts(second)) if (p.type !== 'literal') part[p.type] = Number(p.value);
    const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
    return wall - second;
  };
  const days = new Map<number, { before: number; after: number; switchAt: number }>();
  return (t) => {
    const day = Math.floor(t / DAY_MS);
    let entry = days.get(day);
    if (!entry) {
      const start = day * DAY_MS;
      const before = exact(start);
      const after = exact(start + DAY_MS);
      let switchAt = start + DAY_MS;
      if (before !== after) {
        let lo = start; // offset(lo) = before
        let hi = start + DAY_MS; // offset(hi) = after
        while (hi - lo > MINUTE_MS) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
          if (exact(mid) === before) lo = mid;
          else hi = mid;
        }
        switchAt = hi;
      }
      entry = { before, after, switchAt };
      days.set(day, entry);
    }
    return t < entry.switchAt ? entry.before : entry.after;
  };
}

/**
 * Returns `isOpen(t)` for a schedule. Spans are [start, end) in local wall-clock time; a span whose
 * end is not after its start runs past midnight into the next day (*decision*: "22:00"–"02:00" and
 * "18:00"–"00:00" read as overnight hours). A weekday not listed is closed all day.
 */
export function openingHoursTest(hours: OpeningHours): (t: number) => boolean {
  const offsetAt = zoneOffsetReader(hours.timeZone);
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
    const local = t + offsetAt(t);
    const localDay = Math.floor(local / DAY_MS);
    const sinceMidnight = local - localDay * DAY_MS;
    const weekday = (((localDay + EPOCH_WEEKDAY) % 7) + 7) % 7;
    for (const [start, end] of open[weekday]!) if (sinceMidnight >= start && sinceMidnight < end) return true;
    return false;
  };
}
