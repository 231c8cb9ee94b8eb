/**
 * Opt-in warnings (settings.notifications): one when a Messenger conversation reaches "soon", one
 * when the Page turns at-risk. Each event is claimed in IndexedDB first, so it is announced once
 * even across worker restarts; nothing is announced outside opening hours or while Away by hand.
 */
import { browser } from 'wxt/browser';
import { openingHoursTest, type Stats } from '@/core/metrics';
import type { ThreadBadgeState } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { claimNotification } from '@/core/store/notifications';
import { localeText } from './locale-text';

/** A conversation that turned "soon" longer ago than this was not just reached (e.g. first seen late): no warning. */
export const SOON_FRESHNESS_MS = 10 * 60_000;

export interface WarningContext {
  pageId: string;
  settings: Settings;
  stats: Stats;
  states: readonly ThreadBadgeState[];
  awayByHand: boolean;
  now: number;
}

export function warningsAreQuiet({ settings, awayByHand, now }: WarningContext): boolean {
  if (!settings.notifications || awayByHand) return true;
  return settings.openingHours ? !openingHoursTest(settings.openingHours)(now) : false;
}

interface Warning { key: string; title: string; message: string }

/** The events that call for a warning at `now`, before de-duplication. */
export function dueWarnings(context: WarningContext): Warning[] {
  const { pageId, settings, stats, states, now } = context;
  const halfTarget = (settings.timeTargetSeconds * 1000) / 2;
  const due: Warning[] = [];
  const messenger = states.filter((s) => s.channel === 'messenger' && !s.states.includes('expired'));
  for (const state of messenger) {
    const soonAt = state.requestAt + halfTarget;
    if (now < soonAt || now - soonAt > SOON_FRESHNESS_MS) continue;
    due.push({
      key: `soon|${pageId}|${state.threadId}|${state.requestAt}`,
      title: localeText('notify_soon_title'),
      message: localeText('notify_soon_message', [state.title ?? localeText('notify_unnamed_customer'), Math.max(1, Math.round((state.lateAt - now) / 60_000))]),
    });
  }
  // R13: a safe Page whose risk the bounds leave open may be at risk as soon as something waits.
  const mayBeAtRisk = stats.riskUncertain && (stats.risk === 'at-risk' || (stats.risk === 'safe' && stats.pending > 0));
  if (stats.risk === 'at-risk' || mayBeAtRisk) {
    // One episode of risk per oldest waiting request: answering it and falling back later is a new event.
    const oldest = messenger.length ? Math.min(...messenger.map((s) => s.requestAt)) : stats.windowTo;
    // The deadline that keeps the badge whatever the bounded times were, when they leave it open.
    const by = stats.answerAllByUncertain ? stats.answerAllBySlowEnd : stats.answerAllBy;
    const minutes = by === null ? 0 : Math.max(0, Math.floor((by - now) / 60_000));
    due.push({
      key: `at-risk|${pageId}|${oldest}`,
      title: localeText(mayBeAtRisk ? 'notify_maybe_at_risk_title' : 'notify_at_risk_title'),
      message: by === null ? localeText('notify_at_risk_now') : localeText('notify_at_risk_message', [minutes]),
    });
  }
  return due;
}

/** Shows the warnings that are due and were never shown; returns their keys. */
export async function sendWarnings(context: WarningContext): Promise<string[]> {
  if (warningsAreQuiet(context)) return [];
  const shown: string[] = [];
  for (const warning of dueWarnings(context)) {
    if (!(await claimNotification(warning.key, context.pageId, context.now))) continue;
    await browser.notifications.create(warning.key, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: warning.title, message: warning.message });
    shown.push(warning.key);
  }
  return shown;
}

/** The Page a warning was about (its id is the event key `<kind>|<pageId>|…`). */
export function warningPageId(notificationId: string): string | null {
  const [kind, pageId] = notificationId.split('|');
  return (kind === 'soon' || kind === 'at-risk') && pageId ? pageId : null;
}
