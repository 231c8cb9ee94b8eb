/** `popupToBackground:overview` and `uiToBackground:pages`: what the popup shows for one Page. */
import type { PageOverview, WaitingThread } from '@/core/messages';
import { activeManualAway, listAway, MANUAL_AWAY_MS } from '@/core/store/away';
import { getPage, latestPage, listPages } from '@/core/store/pages';
import { dailyHistory } from './history';
import { pageNow } from './publish';
import { activeTabPage } from './tabs';

/** Most urgent first: the answerable ones by when they turn (or turned) late, then the expired ones. */
export function byUrgency(a: WaitingThread, b: WaitingThread): number {
  const expiredA = a.states.includes('expired') ? 1 : 0;
  const expiredB = b.states.includes('expired') ? 1 : 0;
  return expiredA - expiredB || a.lateAt - b.lateAt;
}

/** The requested Page; else the active tab's; else the Page seen last. */
export async function buildOverview(requested: string | null, now: number): Promise<PageOverview | null> {
  const pageId = requested ?? (await activeTabPage().catch(() => null))?.pageId ?? (await latestPage())?.pageId ?? null;
  if (pageId === null) return null;
  const [page, away, current] = await Promise.all([getPage(pageId), listAway(pageId), pageNow(pageId, now)]);
  const manual = activeManualAway(away, now);
  return {
    pageId,
    pageName: page?.pageName ?? null,
    stats: current.stats,
    waiting: current.states.map((s) => ({ ...s, pageId })).sort(byUrgency),
    history: await dailyHistory(current.figures, now),
    health: page?.health ?? null,
    settings: current.figures.settings,
    awayUntil: manual ? manual.from + MANUAL_AWAY_MS : null,
    now,
  };
}

export async function pageList(): Promise<Array<{ pageId: string; pageName: string | null }>> {
  return (await listPages()).sort((a, b) => b.lastSeenAt - a.lastSeenAt).map(({ pageId, pageName }) => ({ pageId, pageName }));
}
