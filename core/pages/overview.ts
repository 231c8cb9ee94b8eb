/** `uiToBackground:overview` and `uiToBackground:pages`: what the popup shows for one Page. */
import { OVERVIEW_PINNABLE_LIMIT, OVERVIEW_WAITING_LIMIT, type PageOverview } from '@/core/messages';
import { awayInterval, type RequestStanding } from '@/core/metrics';
import { activeManualAway, listAway } from '@/core/store/away';
import { getPage, latestPage, listPages } from '@/core/store/pages';
import { deliveryOf } from './delivery';
import { dailyHistory } from './history';
import { pageFigures } from './page-figures';
import { activeTabPage } from './tabs';

/**
 * The requested Page; else the active tab's; else the Page seen last — but none for an inbox tab
 * whose URL names no Page: another Page's figures must not pass for its own. Only what the popup shows
 * crosses to it — the top of the waiting list and the count, the figures without their per-thread
 * map: a Page can have thousands waiting, and sending them all delays the popup's first frame.
 */
export async function buildOverview(requested: string | null, now: number): Promise<PageOverview | null> {
  const active = requested === null ? await activeTabPage().catch(() => null) : null;
  if (active?.inbox && active.pageId === null) return null;
  const pageId = requested ?? active?.pageId ?? (await latestPage())?.pageId ?? null;
  if (pageId === null) return null;
  const [page, away, figures] = await Promise.all([getPage(pageId), listAway(pageId), pageFigures(pageId)]);
  const manual = activeManualAway(away, now);
  const stats = figures.summary(now);
  // Started first: its store read runs while the waiting list is ranked.
  const history = dailyHistory(figures, now, stats);
  // Only the top 20 get a state, dressed for display (not all 10,000).
  const waiting = figures.waiting(now, OVERVIEW_WAITING_LIMIT);
  return {
    pageId,
    pageName: page?.pageName ?? null,
    stats,
    waiting: figures.badgeStates(waiting.mostUrgent, now).map((s) => ({ ...s, pageId })),
    waitingCount: waiting.count,
    history: await history,
    coverage: figures.coverage(stats, now, page?.watchingSince ?? null),
    rangedReplies: figures.rangedReplies(now, OVERVIEW_PINNABLE_LIMIT),
    health: page?.health ?? null,
    delivery: deliveryOf(pageId),
    settings: figures.settings,
    awayUntil: manual ? awayInterval(manual)[1] : null,
    now,
  };
}

export async function pageList(): Promise<Array<{ pageId: string; pageName: string | null }>> {
  return (await listPages()).sort((a, b) => b.lastSeenAt - a.lastSeenAt).map(({ pageId, pageName }) => ({ pageId, pageName }));
}

/** `popupToBackground:standing`: whether the open conversation's latest request counts at `now`, and if not why. */
export async function openConversationStanding(pageId: string, threadId: string, now: number): Promise<{ standing: RequestStanding | null }> {
  return { standing: (await pageFigures(pageId)).standingOf(threadId, now) };
}
