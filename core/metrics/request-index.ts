/**
 * Every eligible request (R4 without `now`) in `compareRequests` order, kept as parallel typed
 * arrays. The window pass (R5–R12) reads only `at`, `replyAt` and `done` in time order: in flat
 * arrays that is a sequential scan, where a list of request objects scattered in memory would cost a
 * cache miss per request. Inserting or removing one request moves memory, never re-sorts.
 */
import { compareRequests, R4_DONE_WITHOUT_REPLY_EXCLUDED, type RequestRecord } from './requests';

export class RequestIndex {
  length = 0;
  records: RequestRecord[] = [];
  at = new Float64Array(0);
  /** The first person's reply (R2), NaN when none. */
  replyAt = new Float64Array(0);
  /** 1 when the request may still be excluded as Done without a reply (R4). */
  doneUnlessReplied = new Uint8Array(0);

  /** Replaces the content with `records` (in any order). */
  reset(records: readonly RequestRecord[]): void {
    this.records = inTimeOrder(records);
    this.length = records.length;
    this.grow(this.length);
    for (let i = 0; i < this.length; i++) this.write(i, this.records[i]!);
  }

  insert(record: RequestRecord): void {
    const index = this.search(record);
    this.grow(this.length + 1);
    this.records.splice(index, 0, record);
    this.at.copyWithin(index + 1, index, this.length);
    this.replyAt.copyWithin(index + 1, index, this.length);
    this.doneUnlessReplied.copyWithin(index + 1, index, this.length);
    this.length++;
    this.write(index, record);
  }

  remove(record: RequestRecord): void {
    const index = this.search(record);
    if (this.records[index] !== record) return;
    this.records.splice(index, 1);
    this.at.copyWithin(index, index + 1, this.length);
    this.replyAt.copyWithin(index, index + 1, this.length);
    this.doneUnlessReplied.copyWithin(index, index + 1, this.length);
    this.length--;
  }

  /** R4 at `now` for the request at `index`: not Done-without-a-reply-by-`now`. */
  countsAt(index: number, now: number): boolean {
    return this.doneUnlessReplied[index] === 0 || this.replyAt[index]! <= now;
  }

  /** Index of the first request later than `now`. */
  firstAfter(now: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at[mid]! <= now) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private search(record: RequestRecord): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.at[mid]!;
      if (at < record.at || (at === record.at && compareRequests(this.records[mid]!, record) < 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private write(index: number, record: RequestRecord): void {
    this.at[index] = record.at;
    this.replyAt[index] = record.firstReplyAt ?? NaN;
    this.doneUnlessReplied[index] = R4_DONE_WITHOUT_REPLY_EXCLUDED && record.done ? 1 : 0;
  }

  private grow(size: number): void {
    if (size <= this.at.length) return;
    const capacity = Math.max(size, Math.ceil(this.at.length * 1.5), 64);
    const at = new Float64Array(capacity);
    const replyAt = new Float64Array(capacity);
    const done = new Uint8Array(capacity);
    at.set(this.at.subarray(0, this.length));
    replyAt.set(this.replyAt.subarray(0, this.length));
    done.set(this.doneUnlessReplied.subarray(0, this.length));
    this.at = at;
    this.replyAt = replyAt;
    this.doneUnlessReplied = done;
  }
}

const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
/** Keys are split in two 22-bit halves (bit operations stay in 32-bit integers): 44 bits of ms, five centuries. */
const HALF = 2 ** (2 * DIGIT_BITS);

/**
 * `records` in `compareRequests` order. A least-significant-digit radix sort on the whole
 * milliseconds since the earliest request, then the rare runs of equal milliseconds by comparison:
 * several times faster than a comparison sort of tens of thousands of objects.
 */
export function inTimeOrder(records: readonly RequestRecord[]): RequestRecord[] {
  const n = records.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const at = records[i]!.at;
    if (at < min) min = at;
    if (at > max) max = at;
  }
  if (n < 64 || max - min >= HALF * HALF) return [...records].sort(compareRequests);
  const low = new Int32Array(n);
  const high = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = Math.floor(records[i]!.at - min);
    high[i] = Math.floor(key / HALF);
    low[i] = key - high[i]! * HALF;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(1 << DIGIT_BITS);
  const passes: Array<[Int32Array, number]> = [[low, 0], [low, DIGIT_BITS], [high, 0], [high, DIGIT_BITS]];
  for (const [keys, shift] of passes) {
    if (keys === high && max - min < HALF) break;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i]! >> shift) & DIGIT_MASK]!++;
    for (let d = 0, sum = 0; d < counts.length; d++) {
      const count = counts[d]!;
      counts[d] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const index = order[i]!;
      next[counts[(keys[index]! >> shift) & DIGIT_MASK]!++] = index;
    }
    [order, next] = [next, order];
  }
  const sorted = new Array<RequestRecord>(n);
  for (let i = 0; i < n; i++) sorted[i] = records[order[i]!]!;
  for (let i = 0; i < n;) { // runs of one whole millisecond: order them fully
    let j = i + 1;
    while (j < n && Math.floor(sorted[j]!.at - min) === Math.floor(sorted[i]!.at - min)) j++;
    if (j - i > 1) sorted.splice(i, j - i, ...sorted.slice(i, j).sort(compareRequests));
    i = j;
  }
  return sorted;
}
