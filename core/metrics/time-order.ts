/**
 * Sorting requests by time for the request index (R5 needs them in time order).
 */
import { compareRequests, type RequestRecord } from './requests';

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
