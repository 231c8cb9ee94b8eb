/**
 * Recompute and tell: the figures of a Page at `now`, pushed as per-thread badge states to every
 * open inbox tab of that Page, shown on those tabs' toolbar badge, and turned into warnings.
 * Runs after each ingest and once a minute.
 */
import type { Stats } from '@/core/metrics';
import { sendToTab, type ThreadBadgeState } from '@/core/messages';
import { activeManualAway, listAway } from '@/core/store/away';
import { actionBadgeFor, showActionBadge } from './action-badge';
import { pageFigures, type PageFigures } from './page-figures';
import { inboxTabs } from './tabs';
import { sendWarnings } from './warnings';

export interface PageNow { figures: PageFigures; stats: Stats; states: ThreadBadgeState[] }

export async function pageNow(pageId: string, now: number): Promise<PageNow> {
  const figures = await pageFigures(pageId);
  const stats = figures.stats(now);
  return { figures, stats, states: figures.badgeStates(stats) };
}

/** Pushes the Page's states to its inbox tabs; a tab that does not answer (reloading, closed) is skipped. */
/**
 * Pushes the Page's states to its inbox tabs and sets their toolbar badges. `repliedTabId` is a
 * tab that gets the same states in the reply to its own batch: it is not sent them a second time.
 */
export async function publishPage(pageId: string, now: number, repliedTabId: number | null = null): Promise<PageNow> {
  const current = await pageNow(pageId, now);
  const { stats, states } = current;
  const badge = actionBadgeFor(stats, states);
  const tabs = await inboxTabs(pageId);
  await Promise.all(tabs.map(async ({ tabId }) => {
    if (tabId !== repliedTabId) await sendToTab(tabId, 'backgroundToContent:threadStates', { pageId, states, risk: stats.risk }).catch(() => null);
    await showActionBadge(tabId, badge).catch(() => undefined);
  }));
  if (!current.figures.settings.notifications) return current;
  const awayByHand = activeManualAway(await listAway(pageId), now) !== null;
  await sendWarnings({ pageId, settings: current.figures.settings, stats, states, awayByHand, now }).catch((error: unknown) => {
    console.warn('ReplyClock: a warning could not be shown', error);
  });
  return current;
}

/** The toolbar badge of one tab (tab switched, URL changed): the Page's badge, or nothing off the inbox. */
export async function refreshTabBadge(tabId: number, pageId: string | null, now: number): Promise<void> {
  if (pageId === null) {
    await showActionBadge(tabId, actionBadgeFor(null, []));
    return;
  }
  const { stats, states } = await pageNow(pageId, now);
  await showActionBadge(tabId, actionBadgeFor(stats, states));
}
