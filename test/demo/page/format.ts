/** How the inbox writes instants: list times, transcript dividers, in the page's language. */
import { LABELS, type DemoLanguage } from './i18n';

const DAY = 86_400_000;

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function timeOfDay(ms: number, lang: DemoLanguage): string {
  return new Intl.DateTimeFormat(LABELS[lang].locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(ms);
}

/** Day words: "Today", "Yesterday", a weekday within the week, else a short date. */
export function dayWord(ms: number, now: number, lang: DemoLanguage): string {
  const days = Math.round((startOfDay(now) - startOfDay(ms)) / DAY);
  const l = LABELS[lang];
  if (days <= 0) return l.today;
  if (days === 1) return l.yesterday;
  if (days < 7) return new Intl.DateTimeFormat(l.locale, { weekday: 'long' }).format(ms);
  return new Intl.DateTimeFormat(l.locale, { day: 'numeric', month: 'short' }).format(ms);
}

/** The list's time text: "13:01" today, else the day word. */
export function listTime(ms: number, now: number, lang: DemoLanguage): string {
  return dayWord(ms, now, lang) === LABELS[lang].today ? timeOfDay(ms, lang) : dayWord(ms, now, lang);
}

/** A transcript divider: "Today 11:09", "Gestern 18:02", "fredag 09:15". */
export function dividerText(ms: number, now: number, lang: DemoLanguage): string {
  return `${dayWord(ms, now, lang)} ${timeOfDay(ms, lang)}`;
}

/**
 * A divider as the id-less build of 2026 writes it: the time alone today, the short weekday
 * and time within the week ("Fri 11:34 PM"), else a short date and time ("1/13/24, 8:22 AM").
 * English in the US form, as the raw pages of that build show.
 */
export function dividerText2026(ms: number, now: number, lang: DemoLanguage): string {
  const locale = lang === 'en' ? 'en-US' : LABELS[lang].locale;
  const days = Math.round((startOfDay(now) - startOfDay(ms)) / DAY);
  const time = { hour: 'numeric', minute: '2-digit' } as const;
  const shape: Intl.DateTimeFormatOptions = days <= 0 ? time : days < 7 ? { weekday: 'short', ...time } : { dateStyle: 'short', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, shape).format(ms);
}

/** Epoch seconds with a fraction, as Meta writes data-utime. */
export function utime(ms: number): string {
  return (ms / 1000).toFixed(3);
}
