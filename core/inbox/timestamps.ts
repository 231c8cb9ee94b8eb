/**
 * Displayed times of the inbox (dividers, row times) in en, de, it, da, nb → instants.
 * Names of days and months and the words for today/yesterday come from Intl, not from tables;
 * wall-clock times become instants through Intl's time-zone data (no offset tables).
 *
 * @example parseDisplayedTime('Yesterday 9:05 PM', { now, timeZone: 'Europe/Oslo' }) // epoch ms
 */
import { wallDateOf, zonedInstant, type WallDate } from '@/core/time-zone';

export interface ParseContext {
  now: number;
  timeZone: string;
  /** The page's language (html lang), to order ambiguous numeric dates: en-US is month/day. */
  locale?: string | null;
}

/** Our five languages first; a few neighbours so that a page in another language still reads. */
const LOCALES = ['en-US', 'en-GB', 'de', 'it', 'da', 'nb', 'fr', 'es', 'nl', 'sv', 'pt'];

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
}
function word(text: string): string {
  return normalise(text).replace(/\.$/, '');
}

interface Vocabulary { weekdays: Map<string, number>; months: Map<string, number>; today: Set<string>; yesterday: Set<string> }
/** By the locale list itself: LOCALES, or a list `pageLocalesOf` keeps (no key built per parse). */
const vocabularies = new Map<readonly string[], Vocabulary>();

/**
 * The names of days and months and the words for today/yesterday in `locales`, built once per set.
 * Building all eleven locales' is a burst of Intl calls on the content script's cold first read
 * of every inbox load, and a page needs only its own language's: see `parseDisplayedTime`.
 */
function vocabularyOf(locales: readonly string[]): Vocabulary {
  const known = vocabularies.get(locales);
  if (known) return known;
  const weekdays = new Map<string, number>();
  const months = new Map<string, number>();
  const today = new Set<string>();
  const yesterday = new Set<string>();
  for (const locale of locales) {
    for (const style of ['long', 'short'] as const) {
      const wd = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) weekdays.set(word(wd.format(Date.UTC(2026, 0, 4 + d))), d); // 4 Jan 2026 is a Sunday
      const mf = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = word(mf.format(Date.UTC(2026, m, 15)));
        months.set(name, m);
        if (name.length > 3) months.set(name.slice(0, 3), m);
      }
    }
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    today.add(normalise(relative.format(0, 'day')));
    yesterday.add(normalise(relative.format(-1, 'day')));
  }
  months.set('sept', 8);
  const vocabulary = { weekdays, months, today, yesterday };
  vocabularies.set(locales, vocabulary);
  return vocabulary;
}

/** Norwegian pages may say `no` or `nn` where Intl's locale is `nb`. */
const LANGUAGE_ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' };

/** The language of a page's lang tag, lower case: `de-DE` → de, `no` → nb; '' when there is none. */
export function pageLanguageOf(locale: string | null | undefined): string {
  const language = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return LANGUAGE_ALIASES[language] ?? language;
}

/** By the page's lang tag: one list per tag, so that `vocabularyOf` finds it by identity. */
const pageLocales = new Map<string, readonly string[]>();

/** LOCALES in the page's language (`de-DE` → de; `en` → en-US, en-GB); empty when it is none of them or unknown. */
function pageLocalesOf(locale: string | null | undefined): readonly string[] {
  const tag = locale ?? '';
  let locales = pageLocales.get(tag);
  if (!locales) {
    const wanted = pageLanguageOf(tag);
    locales = wanted ? LOCALES.filter((l) => l.split('-')[0] === wanted) : [];
    pageLocales.set(tag, locales);
  }
  return locales;
}

function addDays(date: WallDate, days: number): WallDate {
  const d = new Date(Date.UTC(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

const TIME = /(?<![\d./:])(\d{1,2})[:.](\d{2})(?![\d.:/])(?:\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z]))?/;
const CONNECTORS = /(?<![\p{L}])(at|um|alle|ore|kl|klokken|uhr|den|le|à|a las|às|om|de)(?![\p{L}])\.?/gu;

function timeOf(text: string): { hour: number; minute: number; rest: string } | null {
  const match = TIME.exec(text);
  if (!match) return { hour: 0, minute: 0, rest: text };
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[3]?.[0];
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, rest: (text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length)).trim() };
}

function numericDate(rest: string, ctx: ParseContext): WallDate | { day: number; month: number; year: null } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(rest);
  if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
  m = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?$/.exec(rest);
  if (!m) return null;
  let [a, b] = [Number(m[1]), Number(m[3])];
  const monthFirst = m[2] === '/' && (b > 12 || (a <= 12 && /^en-us$|^en$/i.test(ctx.locale ?? '')));
  if (monthFirst) [a, b] = [b, a];
  const year = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : null;
  return { day: a, month: b - 1, year };
}

function textDate(rest: string, { months, weekdays }: Vocabulary): { day: number; month: number; year: number | null } | null {
  const tokens = rest.replace(/,/g, ' ').split(' ').map((t) => t.replace(/\.$/, '')).filter(Boolean);
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of tokens) {
    if (/^\d{4}$/.test(token)) year = Number(token);
    else if (/^\d{1,2}$/.test(token) && day === null) day = Number(token);
    else if (months.has(token) && month === null) month = months.get(token)!;
    else if (!weekdays.has(token)) return null;
  }
  return day !== null && month !== null ? { day, month, year } : null;
}

/** The latest date on or before today with this day and month (a date shown without a year). */
function resolveYear(date: { day: number; month: number; year: number | null }, today: WallDate): WallDate | null {
  if (date.month < 0 || date.month > 11 || date.day < 1 || date.day > 31) return null;
  if (date.year !== null) return { year: date.year, month: date.month, day: date.day };
  const thisYear = { year: today.year, month: date.month, day: date.day };
  const later = date.month > today.month || (date.month === today.month && date.day > today.day);
  return later ? { ...thisYear, year: today.year - 1 } : thisYear;
}

/**
 * The instant a displayed time stands for ("Today 11:09", "Gestern 21:05", "lunedì 14:02",
 * "12. nov. 2026 kl. 14.02", "12/11/2026", "13:01"), or null when the text is not a time.
 * Read with the names of the page's own language first (`ctx.locale`), and with every known
 * language's only when those do not fit: a page shows its own language's words, and building
 * the other languages' names is most of the cost of a cold first read.
 */
export function parseDisplayedTime(text: string, ctx: ParseContext): number | null {
  const clean = normalise(text);
  if (!clean || clean.length > 60 || !/\d|\p{L}/u.test(clean)) return null;
  const time = timeOf(clean);
  if (!time) return null;
  const hasTime = time.rest !== clean;
  const rest = time.rest.replace(CONNECTORS, ' ').replace(/[,\s]+$/, '').replace(/^[,\s]+/, '').replace(/\s+/g, ' ').trim();
  const shown: ShownTime = { rest, hasTime, hour: time.hour, minute: time.minute, today: wallDateOf(ctx.now, ctx.timeZone) };
  const own = pageLocalesOf(ctx.locale);
  return (own.length ? instantOf(shown, ctx, vocabularyOf(own)) : null) ?? instantOf(shown, ctx, vocabularyOf(LOCALES));
}

/** What a displayed time says whatever its language: the time of day, the words left beside it, today's date. */
interface ShownTime { rest: string; hasTime: boolean; hour: number; minute: number; today: WallDate }

/** The instant of a displayed time, its words (`rest`) read with the names in `vocabulary`. */
function instantOf({ rest, hasTime, hour, minute, today }: ShownTime, ctx: ParseContext, vocabulary: Vocabulary): number | null {
  const { today: todayWords, yesterday: yesterdayWords, weekdays } = vocabulary;
  let date: WallDate | null = null;
  if (!rest) date = hasTime ? today : null;
  else if (todayWords.has(rest)) date = today;
  else if (yesterdayWords.has(rest)) date = addDays(today, -1);
  else if (weekdays.has(word(rest))) {
    const target = weekdays.get(word(rest))!;
    for (let back = 0; back <= 7 && !date; back++) {
      const candidate = addDays(today, -back);
      const weekday = new Date(Date.UTC(candidate.year, candidate.month, candidate.day)).getUTCDay();
      if (weekday === target && zonedInstant(candidate, hour, minute, ctx.timeZone) <= ctx.now + 60_000) date = candidate;
    }
  } else {
    const parsed = numericDate(rest, ctx) ?? textDate(rest, vocabulary);
    date = parsed ? resolveYear(parsed, today) : null;
  }
  return date ? zonedInstant(date, hour, minute, ctx.timeZone) : null;
}
