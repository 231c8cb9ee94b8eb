/**
 * R7 — sums of the fastest response times without sorting them all. Only the slow part (the 10 %
 * R7 leaves out, plus room for the pending requests of R11) is sorted; the rest is only summed.
 * The slow part is found with one pass against the threshold that worked last time (windows change
 * little between two messages), or by a selection when that threshold no longer fits.
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

/** Speed only: the slow part's lower bound from the previous window. Results never depend on it. */
let thresholdHint = Infinity;

/** The response times (whole ms) of a window's answered requests, ready to sum the fastest m of them. */
export class FastestTimeSums {
  private readonly fastCount: number;
  private readonly fastSum: number;
  /** Prefix sums of the sorted slow part: slowPrefix[i] = sum of its i fastest. */
  private readonly slowPrefix: Float64Array;

  /**
   * `values[0, count)` are consumed (reordered). Afterwards `sumOfFastest(m)` answers for every
   * m in [fewestNeeded, count].
   */
  constructor(values: Float64Array, readonly count: number, fewestNeeded: number) {
    const slowNeeded = count - Math.max(0, Math.min(fewestNeeded, count));
    let slow = slowNeeded > 0 ? splitAt(values, count, thresholdHint) : 0;
    if (slow < slowNeeded || slow > 2 * slowNeeded + 256) {
      partitionAtRank(values, count, count - slowNeeded);
      slow = slowNeeded;
    }
    this.fastCount = count - slow;
    let sum = 0;
    for (let i = 0; i < this.fastCount; i++) sum += values[i]!;
    this.fastSum = sum;
    const sorted = values.subarray(this.fastCount, count).sort();
    this.slowPrefix = new Float64Array(slow + 1);
    for (let i = 0; i < slow; i++) this.slowPrefix[i + 1] = this.slowPrefix[i]! + sorted[i]!;
    // Next time, start a little below the needed slow part, so small changes still fit.
    thresholdHint = slowNeeded > 0 ? sorted[Math.max(0, slow - slowNeeded - (slowNeeded >> 3) - 16)]! : Infinity;
  }

  /** Sum of the m smallest values; m must lie in [fewestNeeded, count]. */
  sumOfFastest(m: number): number {
    if (m < this.fastCount || m > this.count) throw new RangeError(`sumOfFastest(${m}) outside [${this.fastCount}, ${this.count}]`);
    return this.fastSum + this.slowPrefix[m - this.fastCount]!;
  }
}

/** Moves the values ≥ `threshold` to the end of `values[0, count)`; returns how many there are. */
function splitAt(values: Float64Array, count: number, threshold: number): number {
  let end = count;
  for (let i = 0; i < end;) {
    if (values[i]! >= threshold) {
      end--;
      const swap = values[i]!;
      values[i] = values[end]!;
      values[end] = swap;
    } else i++;
  }
  return count - end;
}
