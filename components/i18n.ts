/**
 * The translate function the views use, injected through context so that a test can render any
 * view in each of the five locales from the real messages.json files, and the extension can hand
 * in `browser.i18n.getMessage`. Views never read the browser themselves.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '@/core/i18n';

export type { MessageKey, PluralBase, Translate } from '@/core/i18n';
export { pluralKey } from '@/core/i18n';

export interface I18n {
  t: Translate;
  /** BCP 47 tag used for Intl number, time and plural formatting (the browser's UI language). */
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
