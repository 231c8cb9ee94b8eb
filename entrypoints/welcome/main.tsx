import { browser } from 'wxt/browser';
import { mountWithI18n } from '@/components/mount-with-i18n';
import { Welcome } from '@/components/welcome/Welcome';
import { sendToBackground } from '@/core/messages';
import './welcome.css';

/** Notifications on in the default settings, which every Page without its own follows. */
async function enableNotifications(): Promise<void> {
  const settings = await sendToBackground('uiToBackground:settings', { pageId: null });
  const reply = await sendToBackground('uiToBackground:saveSettings', { pageId: null, settings: { ...settings, notifications: true } });
  if (!reply.ok) throw new Error(reply.error);
}

mountWithI18n(<Welcome onEnableNotifications={enableNotifications} onOpenSettings={() => void browser.runtime.openOptionsPage()} />, 'welcome_title');
