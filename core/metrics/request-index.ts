/**
 * Every eligible request (R4 without `now`) in `compareRequests` order, kept as parallel typed
 * arrays. The window pass (R5–R12) reads only `at`, `replyAt` and `done` in time order: in flat
 * arrays that is a sequential scan, where a list of request objects scattered in memory would cost a
 * cache miss per request. Inserting or removing one request moves memory, never re-sorts.
 */
import { compareRequests, R4_DONE_WITHOUT_REPLY_EXCLUDED, type RequestRecord } from './requests';
import { inTimeOrder } from './time-order';

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
