import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext, type I18n } from '@/components/i18n';
import { Welcome } from '@/components/welcome/Welcome';
import { translator } from '@/core/i18n';
import { sendToBackground } from '@/core/messages';
import './welcome.css';

const i18n: I18n = {
  t: translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never)),
  locale: browser.i18n.getUILanguage(),
};
document.documentElement.lang = i18n.locale;
document.title = i18n.t('welcome_title');

/** Notifications on in the default settings, which every Page without its own follows. */
async function enableNotifications(): Promise<void> {
  const settings = await sendToBackground('uiToBackground:settings', { pageId: null });
  const reply = await sendToBackground('uiToBackground:saveSettings', { pageId: null, settings: { ...settings, notifications: true } });
  if (!reply.ok) throw new Error(reply.error);
}

render(
  <I18nContext.Provider value={i18n}>
    <Welcome onEnableNotifications={enableNotifications} onOpenSettings={() => void browser.runtime.openOptionsPage()} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
