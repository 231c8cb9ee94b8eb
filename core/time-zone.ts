/**
 * Wall-clock arithmetic in IANA time zones, for every part of the extension (opening hours,
 * displayed inbox times, the chart's days). Offsets come from the platform's `Intl`, so
 * daylight-saving changes follow the zone's own rules; no offset tables and no date library
 * (`Intl` covers all four operations below, and one module keeps them consistent).
 *
 * @example zonedInstant({ year: 2026, month: 2, day: 29 }, 3, 30, 'Europe/Oslo') // Date.UTC(2026, 2, 29, 1, 30)
 */

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A calendar date; `month` counts from 0 like `Date`'s. */
export interface WallDate { year: number; month: number; day: number }

/** True when `timeZone` is a zone the platform's `Intl` knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the platform knows, UTC included (some platforms list it only as an alias). */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

const ZONE_RECHECK_MS = 60_000;
let knownZone: { zone: string; at: number } | null = null;

/**
 * The machine's time zone. Asked of Intl at most once a minute: a new DateTimeFormat per batch was
 * a tenth of the content script's time during a burst, and a machine that changes zone (travel) is
 * followed within the minute.
 */
export function localTimeZone(now = Date.now()): string {
  if (!knownZone || now - knownZone.at >= ZONE_RECHECK_MS || now < knownZone.at) knownZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  return knownZone.zone;
}

/** One reader per zone for the life of the page or worker: a zone's rules do not change while it runs. */
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

/** The wall-clock time of `instant` in `timeZone`, as milliseconds since the epoch read as UTC. */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + zoneOffsetReader(timeZone)(instant);
}

/** The calendar date of `instant` in `timeZone`. */
export function wallDateOf(instant: number, timeZone: string): WallDate {
  const wall = new Date(wallClockOf(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate() };
}

/**
 * The instant at which the wall clock of `timeZone` shows the given date and time. A time skipped
 * by a spring-forward change reads with the offset before it (02:30 on a skipped hour → 03:30); a
 * time shown twice in autumn is its second showing (after the clocks went back).
 */
export function zonedInstant(date: WallDate, hour: number, minute: number, timeZone: string): number {
  const offsetAt = zoneOffsetReader(timeZone);
  const wall = Date.UTC(date.year, date.month, date.day, hour, minute);
  const guess = wall - offsetAt(wall);
  return wall - offsetAt(guess);
}

/** The instant of local midnight starting the day that holds `t` in `timeZone`. */
export function localDayStart(t: number, timeZone: string): number {
  return zonedInstant(wallDateOf(t, timeZone), 0, 0, timeZone);
}
