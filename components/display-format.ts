/**
 * How the views show instants, durations and rates: Intl in the user's locale, so no figure format
 * needs a translation string ("15 Min." in German, "15 min." in Danish come from the browser).
 * Formatters are cached: building one costs far more than using it, and the popup formats ~150
 * values on first render.
 */

/** `build` with each formatter it makes kept, by locale and options, for the next call that asks for the same. */
function cached<Options, Format>(build: (locale: string, options: Options) => Format): (locale: string, options: Options) => Format {
  const made = new Map<string, Format>();
  return (locale, options) => {
    const key = locale + JSON.stringify(options);
    let format = made.get(key);
    if (!format) {
      format = build(locale, options);
      made.set(key, format);
    }
    return format;
  };
}

const dateFormat = cached((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
const numberFormat = cached((locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));

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
  return formatParts(durationParts(seconds), locale);
}

const UNIT_SECONDS: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** The seconds a duration's parts show. */
function shownSeconds(parts: ReadonlyArray<[number, DurationUnit]>): number {
  return parts.reduce((sum, [value, unit]) => sum + value * UNIT_SECONDS[unit], 0);
}

/**
 * What a figure shows beside its target: `durationParts`, except that a value over the target
 * never reads as the target or less (938 s beside 15 min is 15 min 38 s): then it is rounded up,
 * to the second under an hour, else to the minute.
 */
export function figureDurationParts(seconds: number, targetSeconds: number): Array<[number, DurationUnit]> {
  const parts = durationParts(seconds);
  if (seconds <= targetSeconds || shownSeconds(parts) > targetSeconds) return parts;
  const s = Math.ceil(seconds);
  if (s >= 3600) return durationParts(Math.ceil(s / 60) * 60);
  return s % 60 ? [[Math.floor(s / 60), 'minute'], [s % 60, 'second']] : [[s / 60, 'minute']];
}

function formatParts(parts: ReadonlyArray<[number, DurationUnit]>, locale: string): string {
  return parts.map(([value, unit]) => noBreak(unitFormat(locale, unit).format(value))).join(' ');
}

/** A number and its unit held together: a narrow line never leaves "15" at its end and "min" below. */
function noBreak(text: string): string {
  return text.replace(/\s/g, '\u00a0');
}

function unitFormat(locale: string, unit: DurationUnit): Intl.NumberFormat {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 });
}

/** A figure beside its target: "15 min 38 s" for 938 s against 15 min, never "15 min". */
export function formatFigureDuration(seconds: number, targetSeconds: number, locale: string): string {
  return formatParts(figureDurationParts(seconds, targetSeconds), locale);
}

/**
 * A range of response times beside their target: one value when both ends read the same, "9–14 min"
 * when they share their one unit, else "50 s – 2 min". Each end follows `formatFigureDuration`.
 */
export function formatDurationRange(least: number, greatest: number, targetSeconds: number, locale: string): string {
  const low = figureDurationParts(least, targetSeconds);
  const high = figureDurationParts(greatest, targetSeconds);
  const [lowText, highText] = [formatParts(low, locale), formatParts(high, locale)];
  if (lowText === highText) return lowText;
  if (low.length === 1 && high.length === 1 && low[0]![1] === high[0]![1]) return noBreak(unitFormat(locale, low[0]![1]).formatRange(low[0]![0], high[0]![0]));
  return `${lowText} – ${highText}`;
}

/** "92 %" / "92,5 %": a rate in [0, 1] as the locale writes percentages, one decimal at most. */
export function formatRate(rate: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "23 Nov" / "23. Nov.": a day of the history chart. */
export function formatDay(at: number, locale: string, timeZone?: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(at);
}
