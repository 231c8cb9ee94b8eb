/**
 * The 30-day chart: each day's response rate and time as they stood at the end of that day,
 * computed by the engine over the stored messages. Finished days are cached in IndexedDB (ingest
 * drops a cached day when older messages arrive); today is always live.
 */
import { DAY_MS, HOUR_MS, type Figures } from '@/core/metrics';
import type { HistoryPoint } from '@/core/messages';
import { listHistory, saveHistory } from '@/core/store/history';
import type { HistoryRecord } from '@/core/store/schema';
import { localDayStart, localTimeZone } from '@/core/time-zone';
import type { PageFigures } from './page-figures';

export const HISTORY_DAYS = 30;

/** The zone days are counted in: the opening hours' zone, else the browser's. */
export function historyTimeZone(figures: PageFigures, now: number): string {
  return figures.settings.openingHours?.timeZone ?? localTimeZone(now);
}

/** A day's point from the figures at its end. */
export function historyPoint(day: number, figures: Figures): HistoryPoint {
  const range = figures.responseTimeRange;
  return {
    day,
    responseRate: figures.responseRate,
    responseTimeSeconds: figures.responseTimeSeconds,
    responseTimeRange: range,
    uncertain: figures.badgeStatus === 'uncertain' || (range !== null && range[0] !== range[1]),
  };
}

/** A cached day, unless it was cached before days kept whether they were uncertain. */
function cachedPoint({ pageId: _pageId, ...record }: HistoryRecord): HistoryPoint | null {
  if (record.uncertain === undefined || record.responseTimeRange === undefined) return null;
  return { ...record, responseTimeRange: record.responseTimeRange, uncertain: record.uncertain };
}

/** The last 30 days, oldest first, today last. */
export async function dailyHistory(figures: PageFigures, now: number, live: Figures = figures.summary(now)): Promise<HistoryPoint[]> {
  const zone = historyTimeZone(figures, now);
  const days: number[] = [];
  const today = localDayStart(now, zone);
  for (let i = HISTORY_DAYS - 1; i >= 1; i--) days.push(localDayStart(today - i * DAY_MS + 12 * HOUR_MS, zone));
  const cached = new Map((await listHistory(figures.pageId, days[0]!)).map((p) => [p.day, p]));
  const computed: HistoryRecord[] = [];
  const points: HistoryPoint[] = days.map((day, i) => {
    const hit = cached.get(day);
    const point = hit && cachedPoint(hit);
    if (point) return point;
    const end = (days[i + 1] ?? today) - 1;
    const fresh = historyPoint(day, figures.summary(end));
    computed.push({ pageId: figures.pageId, ...fresh });
    return fresh;
  });
  // Only a cache: a store that refuses writes (full disk) must not keep the popup from its figures.
  if (computed.length) await saveHistory(computed).catch((error: unknown) => console.warn('ReplyClock: the chart days could not be cached; they are computed again next time', error));
  points.push(historyPoint(today, live));
  return points;
}
