/**
 * How the views show instants, durations and rates: Intl in the user's locale, so no figure format
 * needs a translation string ("15 Min." in German, "15 min." in Danish come from the browser).
 * Formatters are cached: building one costs far more than using it, and the popup formats ~150
 * values on first render.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** "10:42" (or "10:42 AM" where the locale says so); `timeZone` defaults to the browser's. */
export function formatClock(at: number, locale: string, timeZone?: string): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** "Mon 10:42" when `at` is not on the same calendar day as `now`, else the clock time only. */
export function formatClockNear(at: number, now: number, locale: string, timeZone?: string): string {
  const day = (ms: number) => dateFormat('en-CA', { dateStyle: 'short', timeZone }).format(ms);
  if (day(at) === day(now)) return formatClock(at, locale, timeZone);
  return dateFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

type DurationUnit = 'second' | 'minute' | 'hour' | 'day';

/** What a duration shows: whole units, the largest two, the second left out when it is zero. */
export function durationParts(seconds: number): Array<[number, DurationUnit]> {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return [[s, 'second']];
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return [[minutes, 'minute']];
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? [[hours, 'hour'], [minutes % 60, 'minute']] : [[hours, 'hour']];
  const days = Math.floor(hours / 24);
  return hours % 24 ? [[days, 'day'], [hours % 24, 'hour']] : [[days, 'day']];
}

/**
 * "12 min", "2 h 5 min", "40 s": whole units, the largest two. A number and its unit are held
 * together by a no-break space, so a narrow line never leaves "15" at its end and "min" below.
 */
export function formatDuration(seconds: number, locale: string): string {
  return durationParts(seconds)
    .map(([value, unit]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value).replace(/\s/g, '\u00a0'))
    .join(' ');
}

/** "92 %" / "92,5 %": a rate in [0, 1] as the locale writes percentages, one decimal at most. */
export function formatRate(rate: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "23 Nov" / "23. Nov.": a day of the history chart. */
export function formatDay(at: number, locale: string, timeZone?: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at);
}
