/**
 * How each extension page (popup, options, report, welcome) starts: its texts are the browser's
 * messages in the browser's UI language, which the page's <html lang> and title take too.
 */
import { render, type ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { translator, type MessageKey } from '@/core/i18n';
import { I18nContext, type I18n } from './i18n';

/** The browser's translations and UI language, as views read them from I18nContext. */
function browserI18n(): I18n {
  return {
    t: translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never)),
    locale: browser.i18n.getUILanguage(),
  };
}

/** Renders `view` into the page's #app inside the browser's I18nContext; `titleKey` names the page's title. */
export function mountWithI18n(view: ComponentChild, titleKey?: MessageKey): void {
  const i18n = browserI18n();
  document.documentElement.lang = i18n.locale;
  if (titleKey) document.title = i18n.t(titleKey);
  render(<I18nContext.Provider value={i18n}>{view}</I18nContext.Provider>, document.getElementById('app')!);
}
