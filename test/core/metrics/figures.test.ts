import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastestCount, FastestTimeSums, rateReachesTarget, timeWithinTarget } from '@/core/metrics';
import { c, daily, p, stats, t, thread } from '../../support/inbox-builder';

describe('R6 — response rate', () => {
  it('R6: answered ÷ requests in the window', () => {
    const s = stats([...daily(3, 2), ...daily(1, null, 'x', 3)], t('08:00', 10));
    expect(s.responseRate).toBe(0.75);
  });

  it('R6: a pending request counts against the rate', () => {
    const s = stats([...daily(9, 2), thread('w', [c(t('08:00', 20))])], t('08:01', 20));
    expect(s).toMatchObject({ requests: 10, answered: 9, pending: 1, responseRate: 0.9 });
  });
});

describe('R7 — response time', () => {
  it('R7: k = ⌈9 · answered / 10⌉ in integers', () => {
    expect([1, 9, 10, 11, 20, 70].map(fastestCount)).toEqual([1, 9, 9, 10, 18, 63]);
  });

  it('R7: the sum of the fastest m equals a full sort, whatever the previous window left behind', () => {
    const times = fc.array(fc.oneof(fc.integer({ min: 0, max: 86_399_999 }), fc.constantFrom(300_000, 600_000)), { maxLength: 400 });
    fc.assert(fc.property(fc.array(fc.tuple(times, fc.nat()), { minLength: 1, maxLength: 4 }), (windows) => {
      for (const [values, pick] of windows) {
        const sorted = [...values].sort((a, b) => a - b);
        const fewest = values.length ? pick % (values.length + 1) : 0;
        const sums = new FastestTimeSums(Float64Array.from(values), values.length, fewest);
        for (let m = fewest; m <= values.length; m++) expect(sums.sumOfFastest(m)).toBe(sorted.slice(0, m).reduce((a, b) => a + b, 0));
      }
    }), { numRuns: 100 });
  });

  it('R7: the slowest 10 % are left out of the mean', () => {
    const threads = [...daily(9, 5), thread('slow', [c(t('08:00', 9)), p(t('18:00', 9))])];
    expect(stats(threads, t('08:00', 20)).responseTimeSeconds).toBe(300);
  });

  it('R7: with 11 answered, 10 are averaged (the ceiling keeps one slow answer in)', () => {
    const threads = [...daily(10, 5), thread('slow', [c(t('08:00', 10)), p(t('08:16', 10))])];
    expect(stats(threads, t('08:00', 20)).responseTimeSeconds).toBe(300);
    const twelve = [...threads, thread('slow2', [c(t('08:00', 11)), p(t('08:16', 11))])];
    expect(stats(twelve, t('08:00', 20)).responseTimeSeconds).toBeCloseTo((10 * 300 + 16 * 60) / 11, 9);
  });

  it('R7: one answered request is its own mean', () => {
    expect(stats([thread('a', [c(t('08:00')), p(t('08:07'))])], t('09:00')).responseTimeSeconds).toBe(420);
  });
});

describe('R8 — badge', () => {
  it('R8: 9 of 10 is exactly 90 % and earns the badge (inclusive)', () => {
    expect(rateReachesTarget(9, 10, 0.9)).toBe(true);
    expect(rateReachesTarget(63, 70, 0.9)).toBe(true);
    expect(rateReachesTarget(62, 70, 0.9)).toBe(false);
    expect(rateReachesTarget(0, 0, 0.9)).toBe(false);
  });

  it('R8: 15 minutes exactly is within target, one millisecond more is not', () => {
    expect(timeWithinTarget(900_000, 1, 900)).toBe(true);
    expect(timeWithinTarget(900_001, 1, 900)).toBe(false);
    expect(stats([thread('a', [c(t('08:00')), p(t('08:15'))])], t('09:00')).badge).toBe(true);
    expect(stats([thread('a', [c(t('08:00')), p(t('08:15') + 1)])], t('09:00')).badge).toBe(false);
  });

  it('R8: the targets are settings (the older 5-minute rule)', () => {
    const threads = daily(10, 6);
    expect(stats(threads, t('08:00', 20)).badge).toBe(true);
    expect(stats(threads, t('08:00', 20), { timeTargetSeconds: 5 * 60 }).badge).toBe(false);
    expect(stats([...daily(9, 2), ...daily(1, null, 'x', 9)], t('08:00', 20), { rateTarget: 0.95 }).badge).toBe(false);
  });

  it('R8: no badge when nothing was answered', () => {
    expect(stats([thread('a', [c(t('08:00'))])], t('08:01', 3))).toMatchObject({ badge: false, responseTimeSeconds: null });
  });

  it('R8: a time figure just over target loses the badge even with a perfect rate', () => {
    expect(stats(daily(10, 16), t('08:00', 20))).toMatchObject({ responseRate: 1, badge: false });
  });
});
