/** One benchmark figure, as written to bench-results.json. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  budget: number;
  better: 'lower' | 'higher';
  ok: boolean;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function figure(name: string, samples: readonly number[], unit: string, budget: number, better: 'lower' | 'higher'): BenchFigure {
  const value = median(samples);
  return { name, value, unit, budget, better, ok: better === 'lower' ? value <= budget : value >= budget, runs: samples.length };
}
