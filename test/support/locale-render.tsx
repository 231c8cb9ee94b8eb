// Renders views with the real public/_locales messages, the way the extension's
// browser.i18n.getMessage would, and fails loudly on a missing key or an English string in
// another locale (the two ways a translation goes wrong without anyone seeing it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext, type Translate } from '@/components/i18n';
import { withoutDoubledStops } from '@/core/i18n';

export const LOCALES = ['en', 'de', 'it', 'da', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const MESSAGES = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<Locale, Messages>;

/** Words that are the same in English and the other language on purpose (names, loanwords; '< 1 min' in Italian and Norwegian). */
const SAME_AS_ENGLISH = new Set(['extName', 'badge_short_under_a_minute']);

/** Chrome's substitution: $1…$9 from the list, $$ is a dollar sign. */
export function translator(locale: Locale): Translate {
  return (key, substitutions = []) => {
    const entry = MESSAGES[locale][key];
    if (!entry) throw new Error(`missing locale key ${locale}.${key}`);
    if (locale !== 'en' && !SAME_AS_ENGLISH.has(key) && /\p{L}{3}/u.test(entry.message) && entry.message === MESSAGES.en[key]?.message) {
      throw new Error(`${locale}.${key} is the English text`);
    }
    const text = entry.message.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : String(substitutions[Number(n) - 1] ?? '')));
    return withoutDoubledStops(text, substitutions.map(String));
  };
}

/** BCP 47 tag for Intl: Norwegian Bokmål is `nb`. */
export const intlLocale = (locale: Locale) => locale;

/** Renders `node` in `locale` into a fresh container attached to the document. */
export function renderIn(locale: Locale, node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<I18nContext.Provider value={{ t: translator(locale), locale: intlLocale(locale) }}>{node}</I18nContext.Provider>, container);
  });
  return container;
}

export function messageOf(locale: Locale, key: string): string {
  const entry = MESSAGES[locale][key];
  if (!entry) throw new Error(`missing ${locale}.${key}`);
  return entry.message;
}

/** The button whose visible text contains `text`. */
export function buttonWith(container: HTMLElement, text: string): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  if (!button) throw new Error(`no button with "${text}" in: ${container.textContent}`);
  return button;
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

/** Types into a field the way a user does (Preact listens to `input` and `change`). */
export function typeInto(field: Element, value: string, event: 'input' | 'change' = 'input'): void {
  act(() => {
    (field as HTMLInputElement).value = value;
    field.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** Lets pending promises (a save, a load) settle and Preact re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The form control whose <label> text contains `text`. */
export function fieldLabelled(container: HTMLElement, text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.includes(text));
  const field = label?.htmlFor ? container.querySelector(`#${label.htmlFor}`) : label?.querySelector('input, select, textarea');
  if (!field) throw new Error(`no field labelled "${text}"`);
  return field as HTMLInputElement;
}
