/**
 * The content script on the Business Suite inbox: wires the badge layer and the translations to
 * what runs in the tab (core/inbox-tab). It never throws into the page.
 */
import { browser } from 'wxt/browser';
import { BadgeLayer } from '@/components/badges/badge-layer';
import { translator } from '@/core/i18n';
import { INBOX_MATCHES } from '@/core/inbox/inbox-url';
import { extensionLifetime } from '@/core/inbox-tab/extension-lifetime';
import { startInboxTab } from '@/core/inbox-tab/inbox-tab';

export default defineContentScript({
  matches: INBOX_MATCHES,
  runAt: 'document_idle',
  // WXT's ctx is not used: the page can end it (see core/inbox-tab/extension-lifetime.ts).
  main() {
    const lifetime = extensionLifetime();
    document.documentElement.dataset.replyclock = 'ready';
    const report = (where: string) => (error: unknown) => console.warn(`[ReplyClock] ${where}:`, error);
    const t = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never));
    const badges = new BadgeLayer(document, t, browser.i18n.getUILanguage(), lifetime.signal);
    startInboxTab({ lifetime, badges, report });
  },
});
