/**
 * R5 — the window: the counted requests in (L − windowDays, L], L the latest counted request; when
 * that holds fewer than 10, the latest 10 counted requests (or all of them). The same backward pass
 * sorts the window's requests into answered (with their response times) and pending (R2).
 */
import { greatestResponseMs, leastResponseMs } from './bounded-times';
import { DAY_MS } from './durations';
import type { RequestIndex } from './request-index';
import { answeredBy, compareRequests, countsAt, pendingAt, R2_ANSWER_LIMIT_MS, type RequestRecord } from './requests';

/** R5: below this many requests in the window, the latest this many count instead. */
export const R5_MINIMUM_REQUESTS = 10;
/** R5 *decision*: the window ends at the latest counted request, not at `now`. */
export const R5_ANCHORED_ON_LATEST_REQUEST = true;

/** The window at `now` and what R6–R11 need of it. */
export interface RequestWindow {
  /** How many requests count in the window. */
  size: number;
  /** Time of the earliest and the latest request in the window; null when it is empty. */
  from: number | null;
  to: number | null;
  answered: number;
  /** `responseTimes[0, answered)`: the answered requests' response times, ms (R2). Scratch space:
   *  valid until the next `selectWindow` call; so are the two below. */
  responseTimes: Float64Array;
  /** R13: the least and the greatest value of each of those response times, ms, in the same order. */
  leastResponseTimes: Float64Array;
  greatestResponseTimes: Float64Array;
  /** Arrival times of the pending requests (R2), latest first. */
  pendingLatestFirst: number[];
  /** R13: the bounds of those arrival times, each list in any order. */
  pendingAtMin: number[];
  pendingAtMax: number[];
  /** R13: some answered or pending request's time is known only within bounds. */
  bounded: boolean;
}

/** Fills a window's answered and pending lists, response times with their R13 bounds. */
class WindowTimes {
  answered = 0;
  bounded = false;
  readonly pendingLatestFirst: number[] = [];
  readonly pendingAtMin: number[] = [];
  readonly pendingAtMax: number[] = [];

  constructor(readonly times: Float64Array, readonly least: Float64Array, readonly greatest: Float64Array) {}

  addAnswered(at: number, atMin: number, atMax: number, replyAt: number, replyAtMin: number, replyAtMax: number): void {
    const time = replyAt - at;
    const least = leastResponseMs(atMax, replyAtMin);
    const greatest = greatestResponseMs(atMin, replyAtMax);
    this.times[this.answered] = time;
    this.least[this.answered] = least;
    this.greatest[this.answered] = greatest;
    this.answered++;
    if (least !== time || greatest !== time) this.bounded = true;
  }

  addPending(at: number, atMin: number, atMax: number): void {
    this.pendingLatestFirst.push(at);
    this.pendingAtMin.push(atMin);
    this.pendingAtMax.push(atMax);
    if (atMin !== at || atMax !== at) this.bounded = true;
  }

  window(size: number, from: number | null, to: number | null): RequestWindow {
    return {
      size, from, to, answered: this.answered,
      responseTimes: this.times, leastResponseTimes: this.least, greatestResponseTimes: this.greatest,
      pendingLatestFirst: this.pendingLatestFirst, pendingAtMin: this.pendingAtMin, pendingAtMax: this.pendingAtMax,
      bounded: this.bounded,
    };
  }
}

/** Reused between calls: the background recomputes on every message. */
let scratch = [new Float64Array(1024), new Float64Array(1024), new Float64Array(1024)] as const;

/**
 * R5 at `now`. Requests later than `now` do not exist yet; a request that does not count at `now`
 * (R4: Done and no reply by `now`) is skipped.
 * Example: 12 requests in the last 30 days and 5 older → the 12; 7 and 5 older → the 7 and the latest 3 older.
 */
export function selectWindow(index: RequestIndex, now: number, windowDays: number): RequestWindow {
  const { at, atMin, atMax, replyAt, replyAtMin, replyAtMax, doneUnlessReplied } = index;
  const end = index.firstAfter(now);
  if (scratch[0].length < end) scratch = [new Float64Array(end * 2), new Float64Array(end * 2), new Float64Array(end * 2)];
  const collected = new WindowTimes(...scratch);
  const windowMs = windowDays * DAY_MS;
  let cutoff = R5_ANCHORED_ON_LATEST_REQUEST ? NaN : now - windowMs;
  let size = 0;
  let from: number | null = null;
  let to: number | null = null;
  for (let i = end - 1; i >= 0; i--) {
    const reply = replyAt[i]!;
    if (doneUnlessReplied[i] === 1 && !(reply <= now)) continue; // R4: Done, and no reply by now
    const request = at[i]!;
    if (Number.isNaN(cutoff)) cutoff = request - windowMs; // L, the latest counted request
    // Descending in time: once past the days, only the top-up to the minimum is still taken.
    if (request <= cutoff && size >= R5_MINIMUM_REQUESTS) break;
    to ??= request;
    from = request;
    size++;
    // R2: answered when a person's reply came by now and less than 24 h after; else pending while < 24 h old.
    if (reply <= now && reply - request < R2_ANSWER_LIMIT_MS) collected.addAnswered(request, atMin[i]!, atMax[i]!, reply, replyAtMin[i]!, replyAtMax[i]!);
    else if (now - request < R2_ANSWER_LIMIT_MS) collected.addPending(request, atMin[i]!, atMax[i]!);
  }
  return collected.window(size, from, to);
}

/**
 * R5 over requests in any order, for a one-off computation: one pass finds L, a second keeps the
 * window and, in case it holds fewer than 10, the latest requests before it — no sort of the whole
 * inbox. Gives exactly what `selectWindow` gives over the same requests in a `RequestIndex`.
 */
export function selectWindowOf(records: readonly RequestRecord[], now: number, windowDays: number): RequestWindow {
  const inside = windowRequestsOf(records, now, windowDays);
  const collected = new WindowTimes(new Float64Array(inside.length), new Float64Array(inside.length), new Float64Array(inside.length));
  let from: number | null = null;
  let to: number | null = null;
  for (const record of inside) {
    if (from === null || record.at < from) from = record.at;
    if (to === null || record.at > to) to = record.at;
    if (answeredBy(record, now)) {
      collected.addAnswered(record.at, record.atMin, record.atMax, record.firstReplyAt!, record.firstReplyAtMin!, record.firstReplyAtMax!);
    } else if (pendingAt(record, now)) collected.addPending(record.at, record.atMin, record.atMax);
  }
  collected.pendingLatestFirst.sort((a, b) => b - a);
  return collected.window(inside.length, from, to);
}

/** R5: the requests that count in the window at `now`, in no particular order. */
export function windowRequestsOf(records: readonly RequestRecord[], now: number, windowDays: number): RequestRecord[] {
  let latest = -Infinity;
  for (const record of records) if (record.at <= now && record.at > latest && countsAt(record, now)) latest = record.at;
  const cutoff = (R5_ANCHORED_ON_LATEST_REQUEST ? latest : now) - windowDays * DAY_MS;
  const inside: RequestRecord[] = [];
  const before: RequestRecord[] = []; // the latest few before the days, latest first
  for (const record of records) {
    if (record.at > now || !countsAt(record, now)) continue;
    if (record.at > cutoff) inside.push(record);
    else if (before.length < R5_MINIMUM_REQUESTS || compareRequests(record, before[before.length - 1]!) > 0) {
      let i = before.length;
      while (i > 0 && compareRequests(record, before[i - 1]!) > 0) i--;
      before.splice(i, 0, record);
      if (before.length > R5_MINIMUM_REQUESTS) before.pop();
    }
  }
  if (inside.length < R5_MINIMUM_REQUESTS) inside.push(...before.slice(0, R5_MINIMUM_REQUESTS - inside.length));
  return inside;
}
