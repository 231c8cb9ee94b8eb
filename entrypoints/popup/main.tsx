import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, type I18n } from '@/components/i18n';
import { translator } from '@/core/i18n';
import { fetchLoaded, PopupApp } from '@/components/popup/PopupApp';
import './popup.css';

const i18n: I18n = {
  t: translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never)),
  locale: browser.i18n.getUILanguage(),
};
document.documentElement.lang = i18n.locale;
// Asked for at once: the answer is on its way while the first frame renders.
const firstLoad = fetchLoaded();

render(
  <I18nContext.Provider value={i18n}>
    <PopupApp firstLoad={firstLoad} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
