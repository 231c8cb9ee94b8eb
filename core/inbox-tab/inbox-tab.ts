/**
 * What the content script does in an inbox tab: sends observations to the background (re-sending
 * until acknowledged), applies the thread states it gets back to the badges, answers the popup, and
 * starts a reading session per inbox view (in-app navigation starts a new one). Never throws into the page.
 */
import { pageStructure } from '@/core/inbox/diagnostics';
import { isConversationInbox, pageIdOf, sameInboxView } from '@/core/inbox/inbox-url';
import type { ReaderHealth } from '@/core/inbox/types';
import { handleMessages, sendToBackground, type ThreadBadgeState, type ThreadStatesUpdate } from '@/core/messages';
import { FirstSeen, ObservationOutbox } from '@/core/observations/outbox';
import type { ExtensionLifetime } from './extension-lifetime';
import { answerPopup } from './popup-requests';
import { type RowBadges, startSession } from './session';

/** How often the URL is compared with the running view's (in-app navigation changes it without a load). */
const NAVIGATION_CHECK_MS = 500;
/** The least time between two batches sent: a burst of messages costs the page a round trip per spacing, not per frame. */
const SEND_SPACING_MS = 400;

/** The badges of the tab: a session attaches them to rows, the background's states fill them. */
export interface TabBadges extends RowBadges {
  /** Every waiting conversation's state (`removed` null), or a partial update and the threads that have none now. */
  setStates(states: ThreadBadgeState[], removed?: readonly string[] | null): void;
}

export interface InboxTabDeps {
  lifetime: ExtensionLifetime;
  badges: TabBadges;
  /** Reports a failure (where it happened) without throwing into the page. */
  report: (where: string) => (error: unknown) => void;
}

export function startInboxTab({ lifetime, badges, report }: InboxTabDeps): void {
  const { signal } = lifetime;
  const firstSeen = new FirstSeen();
  let lastHealth: ReaderHealth | null = null;

  // A batch's reply and the pushes after other tabs' batches are partial (the threads they changed): merged.
  const applyStates = (pageId: string | null, update: ThreadStatesUpdate) => {
    if (pageId && pageId === pageIdOf(location.href)) badges.setStates(update.states, update.partial ? update.removed ?? [] : null);
  };
  const outbox = new ObservationOutbox({
    // A failed send may be the first sign that the extension is gone: then everything stops at once.
    send: (batch) => sendToBackground('contentToBackground:observe', batch).catch((error: unknown) => { lifetime.ended(); throw error; }),
    onReply: (reply) => applyStates(pageIdOf(location.href), reply),
    onTabsPage: (batch) => batch.pageId === pageIdOf(location.href),
    spacingMs: SEND_SPACING_MS,
    // Sent with every change: a worker restarted meanwhile learns of the trouble again.
    onDelivery: (delivery) => {
      sendToBackground('contentToBackground:delivery', { delivery }).catch(report('delivery health'));
    },
    signal,
  });
  handleMessages({ 'backgroundToContent:threadStates': (update) => { applyStates(update.pageId, update); return null; } }, signal);
  answerPopup(signal, () => lastHealth);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) void outbox.flush(); }, { signal });

  let session: AbortController | null = null;
  let sessionUrl = '';
  signal.addEventListener('abort', () => session?.abort(), { once: true });
  const restart = () => {
    session?.abort();
    if (lifetime.ended()) return;
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
  // Polled, not WXT's `wxt:locationchange`: that watcher stops with WXT's ctx, which the page can end.
  const navigation = setInterval(() => { if (!sameInboxView(location.href, sessionUrl)) restart(); }, NAVIGATION_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(navigation), { once: true });
  restart();
}
