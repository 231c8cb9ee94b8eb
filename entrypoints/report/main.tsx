import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, type I18n } from '@/components/i18n';
import { translator } from '@/core/i18n';
import { ReportApp } from '@/components/report/ReportApp';
import './report.css';

const i18n: I18n = {
  t: translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never)),
  locale: browser.i18n.getUILanguage(),
};
document.documentElement.lang = i18n.locale;
document.title = i18n.t('report_title');

render(
  <I18nContext.Provider value={i18n}>
    <ReportApp pageId={new URLSearchParams(location.search).get('page')} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
