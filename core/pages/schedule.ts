/**
 * The clock of the worker: alarms survive the worker being stopped (timers do not). Once a minute
 * every active Page is recomputed and pushed (waiting times cross "soon"/"late" with no new
 * message) and only active Pages' figures stay in memory; once a day history older than 90 days
 * is forgotten.
 */
import { browser } from 'wxt/browser';
import { listPages } from '@/core/store/pages';
import { pruneOlderThan } from '@/core/store/prune';
import { forgetPageFigures, keepOnlyPageFigures } from './page-figures';
import { publishPage } from './publish';
import { inboxTabs } from './tabs';

export const TICK_ALARM = 'replyclock-tick';
export const PRUNE_ALARM = 'replyclock-prune';
/** Pages seen this recently still get their minute tick (warnings) with no inbox tab open. */
export const ACTIVE_PAGE_MS = 24 * 3_600_000;

export async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(TICK_ALARM))) browser.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
  if (!(await browser.alarms.get(PRUNE_ALARM))) browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** Pages worth recomputing now: open in a tab or seen in the last day. */
export async function activePageIds(now: number): Promise<string[]> {
  const [tabs, pages] = await Promise.all([inboxTabs(), listPages()]);
  const ids = new Set(tabs.map((t) => t.pageId));
  for (const page of pages) if (now - page.lastSeenAt < ACTIVE_PAGE_MS) ids.add(page.pageId);
  return [...ids];
}

export async function onAlarm(name: string, now: number): Promise<void> {
  if (name === TICK_ALARM) {
    const active = await activePageIds(now);
    keepOnlyPageFigures(active);
    for (const pageId of active) await publishPage(pageId, now);
  } else if (name === PRUNE_ALARM) {
    const pruned = await pruneOlderThan(now);
    for (const pageId of pruned.pages) forgetPageFigures(pageId);
  }
}
