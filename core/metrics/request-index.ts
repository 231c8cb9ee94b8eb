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

const RADIX_BITS = 11;
const RADIX_PASSES = 4; // 44 bits of milliseconds: five centuries of history

/**
 * `records` in `compareRequests` order. A least-significant-digit radix sort on the whole
 * milliseconds since the earliest request, then the rare runs of equal instants by comparison:
 * several times faster than a comparison sort of tens of thousands of objects.
 */
export function inTimeOrder(records: readonly RequestRecord[]): RequestRecord[] {
  const n = records.length;
  let min = Infinity;
  let max = -Infinity;
  for (const record of records) {
    if (record.at < min) min = record.at;
    if (record.at > max) max = record.at;
  }
  if (n < 64 || max - min >= 2 ** (RADIX_BITS * RADIX_PASSES)) return [...records].sort(compareRequests);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.floor(records[i]!.at - min);
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(1 << RADIX_BITS);
  for (let pass = 0, scale = 1; pass < RADIX_PASSES; pass++, scale *= 1 << RADIX_BITS) {
    if (max - min < scale) break;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(keys[i]! / scale) % (1 << RADIX_BITS)]!++;
    for (let d = 0, sum = 0; d < counts.length; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const index = order[i]!;
      next[counts[Math.floor(keys[index]! / scale) % (1 << RADIX_BITS)]!++] = index;
    }
    [order, next] = [next, order];
  }
  const sorted = Array.from(order, (index) => records[index]!);
  for (let i = 0; i < n;) { // runs of one whole millisecond: order them fully
    let j = i + 1;
    while (j < n && Math.floor(sorted[j]!.at - min) === Math.floor(sorted[i]!.at - min)) j++;
    if (j - i > 1) sorted.splice(i, j - i, ...sorted.slice(i, j).sort(compareRequests));
    i = j;
  }
  return sorted;
}
