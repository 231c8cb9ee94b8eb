/**
 * R7 — sums of the fastest response times without sorting them all. Only the slowest part (the 10 %
 * R7 leaves out, plus room for the pending requests of R11) is sorted; the rest is only summed.
 * This keeps a window of tens of thousands of requests well under a millisecond.
 */

/** Reorders `values[0, count)` so that every value before index `rank` is ≤ every value from it on. */
function partitionAtRank(values: Float64Array, count: number, rank: number): void {
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    const a = values[left]!, b = values[mid]!, c = values[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return;
  }
}

/** The response times (whole ms) of a window's answered requests, ready to sum the fastest m of them. */
export class FastestTimeSums {
  private readonly unsortedCount: number;
  private readonly unsortedSum: number;
  /** Prefix sums of the sorted slow part: slowPrefix[i] = sum of its i fastest. */
  private readonly slowPrefix: Float64Array;

  /**
   * `values[0, count)` are consumed (reordered). Afterwards `sumOfFastest(m)` answers for every
   * m in [fewestNeeded, count].
   */
  constructor(values: Float64Array, readonly count: number, fewestNeeded: number) {
    this.unsortedCount = Math.max(0, Math.min(fewestNeeded, count));
    if (this.unsortedCount > 0 && this.unsortedCount < count) partitionAtRank(values, count, this.unsortedCount);
    let sum = 0;
    for (let i = 0; i < this.unsortedCount; i++) sum += values[i]!;
    this.unsortedSum = sum;
    const slow = values.subarray(this.unsortedCount, count).sort();
    this.slowPrefix = new Float64Array(slow.length + 1);
    for (let i = 0; i < slow.length; i++) this.slowPrefix[i + 1] = this.slowPrefix[i]! + slow[i]!;
  }

  /** Sum of the m smallest values; m must lie in [fewestNeeded, count]. */
  sumOfFastest(m: number): number {
    if (m < this.unsortedCount || m > this.count) throw new RangeError(`sumOfFastest(${m}) outside [${this.unsortedCount}, ${this.count}]`);
    return this.unsortedSum + this.slowPrefix[m - this.unsortedCount]!;
  }
}
