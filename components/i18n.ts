/**
 * The translate function the views use, injected through context so that a test can render any
 * view in each of the five locales from the real messages.json files, and the extension can hand
 * in `browser.i18n.getMessage`. Views never read the browser themselves.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** `t('popup_waited', [12])`: the message for `key` with $1, $2 … filled in. */
export type Translate = (key: string, substitutions?: ReadonlyArray<string | number>) => string;

export interface I18n {
  t: Translate;
  /** BCP 47 tag used for Intl number, time and plural formatting (the browser's UI language). */
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The key for a count in the user's language: `${base}_one` or `${base}_other` (our five
 * languages only have these two plural categories).
 */
export function pluralKey(base: string, count: number, locale: string): string {
  return `${base}_${new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'}`;
}
