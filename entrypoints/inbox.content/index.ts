/**
 * The content script on the Business Suite inbox: reads what the page shows, watches it, sends
 * observations to the background (re-sending until acknowledged), shows the inline badges and
 * answers the popup. Thin wiring; the reading lives in core/inbox. It never throws into the page.
 */
import { browser } from 'wxt/browser';
import { INBOX_MATCHES, isConversationInbox, pageIdOf, sameInboxView } from '@/core/inbox/inbox-url';
import { pageStructure } from '@/core/inbox/diagnostics';
import { FirstSeen, ObservationOutbox } from '@/core/observations/outbox';
import type { ReaderHealth } from '@/core/inbox/types';
import { translator } from '@/core/i18n';
import { handleMessages, sendToBackground, type ThreadStatesUpdate } from '@/core/messages';
import { BadgeLayer } from './badges';
import { answerPopup } from './popup-requests';
import { startSession } from './session';

export default defineContentScript({
  matches: INBOX_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.replyclock = 'ready';
    const report = (where: string) => (error: unknown) => console.warn(`[ReplyClock] ${where}:`, error);
    const t = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never));
    const badges = new BadgeLayer(document, t, browser.i18n.getUILanguage(), ctx.signal);
    const firstSeen = new FirstSeen();
    let lastHealth: ReaderHealth | null = null;

    // A batch's reply and the pushes after other tabs' batches are partial (the threads they changed): merged.
    const applyStates = (pageId: string | null, update: ThreadStatesUpdate) => {
      if (pageId && pageId === pageIdOf(location.href)) badges.setStates(update.states, update.partial ? update.removed ?? [] : null);
    };
    const outbox = new ObservationOutbox({
      send: (batch) => sendToBackground('contentToBackground:observe', batch),
      onReply: (reply) => applyStates(pageIdOf(location.href), reply),
      onTabsPage: (batch) => batch.pageId === pageIdOf(location.href),
      signal: ctx.signal,
    });
    handleMessages({ 'backgroundToContent:threadStates': (update) => { applyStates(update.pageId, update); return null; } }, ctx.signal);
    answerPopup(ctx.signal, () => lastHealth);
    ctx.addEventListener(document, 'visibilitychange', () => { if (!document.hidden) void outbox.flush(); });

    let session: AbortController | null = null;
    let sessionUrl = '';
    ctx.signal.addEventListener('abort', () => session?.abort(), { once: true });
    const restart = () => {
      session?.abort();
      if (ctx.isInvalid) return;
      session = new AbortController();
      sessionUrl = location.href;
      if (!isConversationInbox(sessionUrl)) return;
      // Every state of the Page first: the batches' replies only carry the threads they changed. Asked
      // before the first batch is sent, so its (newer) partial reply is applied after this full set.
      const pageId = pageIdOf(sessionUrl);
      if (pageId) sendToBackground('contentToBackground:threadStates', null).then((update) => applyStates(pageId, update), report('badge states'));
      try {
        startSession(session.signal, {
          firstSeen,
          send: (batch) => outbox.push(batch),
          badges,
          onNavigate: () => restart(),
          onError: report('reading the inbox'),
          reportHealth: (health) => {
            lastHealth = health;
            sendToBackground('contentToBackground:health', { health, diagnostics: health.problems.length ? pageStructure(document) : '' }).catch(report('health'));
          },
        });
      } catch (error) {
        report('starting')(error);
      }
    };
    // In-app navigation: a new view (page, channel, conversation) starts again; noise parameters do not.
    ctx.addEventListener(window, 'wxt:locationchange', () => { if (!sameInboxView(location.href, sessionUrl)) restart(); });
    restart();
  },
});
