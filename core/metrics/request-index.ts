/**
 * Every eligible request (R4 without `now`) in `compareRequests` order, kept as parallel typed
 * arrays. The window pass (R5–R13) reads only instants and `done` in time order: in flat
 * arrays that is a sequential scan, where a list of request objects scattered in memory would cost a
 * cache miss per request. Inserting or removing one request moves memory, never re-sorts.
 */
import { compareRequests, R4_DONE_WITHOUT_REPLY_EXCLUDED, type RequestRecord } from './requests';
import { inTimeOrder } from './time-order';

export class RequestIndex {
  length = 0;
  records: RequestRecord[] = [];
  at = new Float64Array(0);
  /** R13: the bounds of the request's instant. */
  atMin = new Float64Array(0);
  atMax = new Float64Array(0);
  /** The first person's reply (R2), NaN when none. */
  replyAt = new Float64Array(0);
  /** R13: the bounds of that reply's instant, NaN when none. */
  replyAtMin = new Float64Array(0);
  replyAtMax = new Float64Array(0);
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
    for (const column of this.columns()) column.copyWithin(index + 1, index, this.length);
    this.length++;
    this.write(index, record);
  }

  remove(record: RequestRecord): void {
    const index = this.search(record);
    if (this.records[index] !== record) return;
    this.records.splice(index, 1);
    for (const column of this.columns()) column.copyWithin(index, index + 1, this.length);
    this.length--;
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
    this.atMin[index] = record.atMin;
    this.atMax[index] = record.atMax;
    this.replyAt[index] = record.firstReplyAt ?? NaN;
    this.replyAtMin[index] = record.firstReplyAtMin ?? NaN;
    this.replyAtMax[index] = record.firstReplyAtMax ?? NaN;
    this.doneUnlessReplied[index] = R4_DONE_WITHOUT_REPLY_EXCLUDED && record.done ? 1 : 0;
  }

  private columns(): Array<Float64Array | Uint8Array> {
    return [this.at, this.atMin, this.atMax, this.replyAt, this.replyAtMin, this.replyAtMax, this.doneUnlessReplied];
  }

  private grow(size: number): void {
    if (size <= this.at.length) return;
    const capacity = Math.max(size, Math.ceil(this.at.length * 1.5), 64);
    const larger = <T extends Float64Array | Uint8Array>(column: T, make: (n: number) => T): T => {
      const copy = make(capacity);
      copy.set(column.subarray(0, this.length));
      return copy;
    };
    const float = (n: number) => new Float64Array(n);
    this.at = larger(this.at, float);
    this.atMin = larger(this.atMin, float);
    this.atMax = larger(this.atMax, float);
    this.replyAt = larger(this.replyAt, float);
    this.replyAtMin = larger(this.replyAtMin, float);
    this.replyAtMax = larger(this.replyAtMax, float);
    this.doneUnlessReplied = larger(this.doneUnlessReplied, (n) => new Uint8Array(n));
  }
}
