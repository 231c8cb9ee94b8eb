/**
 * Recompute and tell: the figures of a Page at `now`, pushed as per-thread badge states to every
 * open inbox tab of that Page, shown on those tabs' toolbar badge, announced to an open popup, and
 * turned into warnings.
 * Runs after each ingest (the tabs get the states of the threads it changed) and once a minute,
 * after a settings or Away change (the tabs get every state).
 */
import type { Stats } from '@/core/metrics';
import { sendToTab, tellUiPageChanged, type CoverageState, type ThreadBadgeState, type ThreadStatesUpdate } from '@/core/messages';
import { activeManualAway, listAway } from '@/core/store/away';
import { actionBadgeFor, showActionBadge } from './action-badge';
import { pageFigures, type PageFigures } from './page-figures';
import { inboxTabs } from './tabs';
import { sendWarnings } from './warnings';

/** The Page now: its figures, and every waiting conversation's state (the toolbar badge and warnings count them all). */
export interface PageNow { figures: PageFigures; stats: Stats; states: ThreadBadgeState[]; coverage: CoverageState }

/** The threads one stored batch changed or removed (their keys): only their states go to the tabs. */
export interface BatchChanges { changed: readonly string[]; removed: readonly string[] }

export async function pageNow(pageId: string, now: number): Promise<PageNow> {
  const figures = await pageFigures(pageId);
  const stats = figures.stats(now);
  // Watching-since does not change the state, so the Page record is not read for it.
  return { figures, stats, states: figures.badgeStates(Object.values(stats.threads), now), coverage: figures.coverage(stats, now, null).state };
}

/**
 * What a tab is sent: every state (`changes` null), or only those of the changed threads, naming the
 * changed ones that have no state now. A state's `threadId` is its thread's key (the record's
 * thread id, or the key of a thread known only from the list), so the tab can match both.
 */
export function statesUpdate({ figures, states }: PageNow, changes: BatchChanges | null): ThreadStatesUpdate {
  if (!changes) return { states, partial: false, removed: [] };
  const ids = new Set([...changes.changed, ...changes.removed].map((key) => figures.stateIdOf(key)));
  const changed = states.filter((state) => ids.has(state.threadId));
  const present = new Set(changed.map((state) => state.threadId));
  return { states: changed, partial: true, removed: [...ids].filter((id) => !present.has(id)) };
}

/**
 * Pushes the Page's states to its inbox tabs (a tab that does not answer, reloading or closed, is
 * skipped) and sets their toolbar badges. `repliedTabId` is a tab that gets the same update in the
 * reply to its own batch: it is not sent it a second time. `changes`: see `statesUpdate`.
 */
export async function publishPage(pageId: string, now: number, repliedTabId: number | null = null, changes: BatchChanges | null = null): Promise<PageNow & { update: ThreadStatesUpdate }> {
  const current = await pageNow(pageId, now);
  const { stats, states } = current;
  const update = statesUpdate(current, changes);
  const badge = actionBadgeFor(stats, states, current.coverage);
  const tabs = await inboxTabs(pageId);
  await Promise.all(tabs.map(async ({ tabId }) => {
    if (tabId !== repliedTabId) await sendToTab(tabId, 'backgroundToContent:threadStates', { pageId, risk: stats.risk, ...update }).catch(() => null);
    await showActionBadge(tabId, badge).catch(() => undefined);
  }));
  void tellUiPageChanged(pageId); // not awaited: the tab waiting for its batch's reply need not wait for the popup
  if (!current.figures.settings.notifications) return { ...current, update };
  const awayByHand = activeManualAway(await listAway(pageId), now) !== null;
  await sendWarnings({ pageId, settings: current.figures.settings, stats, states, awayByHand, now }).catch((error: unknown) => {
    console.warn('ReplyClock: a warning could not be shown', error);
  });
  return { ...current, update };
}

/** The toolbar badge of one tab (tab switched, URL changed): the Page's badge, or nothing off the inbox. */
export async function refreshTabBadge(tabId: number, pageId: string | null, now: number): Promise<void> {
  if (pageId === null) {
    await showActionBadge(tabId, actionBadgeFor(null, []));
    return;
  }
  const { stats, states, coverage } = await pageNow(pageId, now);
  await showActionBadge(tabId, actionBadgeFor(stats, states, coverage));
}
