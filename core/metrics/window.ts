/**
 * R5 — the window: the counted requests in (L − windowDays, L], L the latest counted request; when
 * that holds fewer than 10, the latest 10 counted requests (or all of them).
 */
import { DAY_MS } from './durations';
import { countsAt, type RequestRecord } from './requests';

/** R5: below this many requests in the window, the latest this many count instead. */
export const R5_MINIMUM_REQUESTS = 10;
/** R5 *decision*: the window ends at the latest counted request, not at `now`. */
export const R5_ANCHORED_ON_LATEST_REQUEST = true;

export interface RequestWindow {
  /** The window's requests, latest first. */
  records: RequestRecord[];
  /** Time of the earliest and the latest request in the window; null when it is empty. */
  from: number | null;
  to: number | null;
}

/** Index of the first record later than `now` in a list sorted by `compareRequests`. */
export function firstAfter(sorted: readonly RequestRecord[], now: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.at <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * R5 over `sorted`, every eligible request ordered by `compareRequests`. Requests later than `now`
 * do not exist yet; a request that does not count at `now` (R4) is skipped.
 */
export function selectWindow(sorted: readonly RequestRecord[], now: number, windowDays: number): RequestWindow {
  const records: RequestRecord[] = [];
  let i = firstAfter(sorted, now) - 1;
  let anchor: number | null = R5_ANCHORED_ON_LATEST_REQUEST ? null : now;
  for (; i >= 0; i--) {
    const record = sorted[i]!;
    if (!countsAt(record, now)) continue;
    anchor ??= record.at;
    // Descending in time: once past the days, only the top-up to the minimum is still taken.
    if (record.at <= anchor - windowDays * DAY_MS && records.length >= R5_MINIMUM_REQUESTS) break;
    records.push(record);
  }
  return { records, from: records.length ? records[records.length - 1]!.at : null, to: records.length ? records[0]!.at : null };
}
