import { describe, expect, it } from 'vitest';
import { answersNeeded, missesAllowed } from '@/core/metrics';
import { c, daily, p, stats, t, thread } from '../../support/inbox-builder';

/**
 * 17 answered in 10 min, one answered in 23 h, two waiting since 08:00 on day 20: now the rate is
 * 18/20 = 90 % and the time the fastest 17 = 10 min. Answered at wait w ≥ 10 min, the fastest 18
 * of 20 are the 17 × 10 min and one w: within 15 min while 170 + w ≤ 18 × 15, w ≤ 100 min — answer
 * all by 09:40.
 */
const squeezed = [
  ...daily(17, 10),
  thread('slow', [c(t('08:00', 17)), p(t('07:00', 18))]),
  thread('w1', [c(t('08:00', 20))]),
  thread('w2', [c(t('08:00', 20))]),
];

describe('R11 — projections', () => {
  it('R11: if answered now, every pending request is answered at now', () => {
    // Fastest 9 of 10: the waiting one (5 min) and eight of the 6-minute answers.
    const s = stats([...daily(9, 6), thread('w', [c(t('08:00', 20))])], t('08:05', 20));
    expect(s.ifAnsweredNow.responseRate).toBe(1);
    expect(s.ifAnsweredNow.responseTimeSeconds).toBeCloseTo((8 * 360 + 300) / 9, 6);
  });

  it('R11: answer all by is capped one second before the first pending request turns missed', () => {
    // The waiting one is the slowest of 10 and left out of the time: any second before 24 h will do.
    const s = stats([...daily(9, 5), thread('w', [c(t('08:00', 20))])], t('08:01', 20));
    expect(s.answerAllBy).toBe(t('08:00', 21) - 1000);
  });

  it('R11: answer all by stops where the time figure crosses the target', () => {
    const s = stats(squeezed, t('08:01', 20));
    expect(s).toMatchObject({ requests: 20, answered: 18, pending: 2, badge: true, responseTimeSeconds: 600 });
    expect(s.answerAllBy).toBe(t('09:40', 20));
    expect(s.risk).toBe('safe');
  });

  it('R11: answer all by is none when answering now does not earn the badge, or nothing is pending', () => {
    expect(stats([...daily(3, 20), thread('w', [c(t('08:00', 20))])], t('08:01', 20)).answerAllBy).toBeNull();
    expect(stats(daily(3, 2), t('08:00', 20)).answerAllBy).toBeNull();
  });

  it('R11: misses allowed and answers needed, in integers', () => {
    expect(missesAllowed(29, 30, 0.9)).toBe(2);
    expect(missesAllowed(10, 10, 0.9)).toBe(1);
    expect(missesAllowed(9, 10, 0.9)).toBe(0);
    expect(missesAllowed(7, 10, 0.9)).toBe(0);
    expect(answersNeeded(7, 10, 0.9)).toBe(20);
    expect(answersNeeded(0, 1, 0.9)).toBe(9);
    expect(answersNeeded(63, 70, 0.9)).toBe(0);
    expect(answersNeeded(62, 70, 0.9)).toBe(10);
    expect(answersNeeded(62, 70, 0.95)).toBe(90); // 152 / 160 = 0.95 > 151 / 159
    expect(answersNeeded(9, 10, 1)).toBe(Infinity);
  });

  it('R11: with an empty window, misses allowed and answers needed are both 0', () => {
    expect(stats([], t('08:00'))).toMatchObject({ missesAllowed: 0, answersNeeded: 0, risk: 'not-earned' });
  });
});

describe('R12 — risk', () => {
  it('R12: safe when the badge is earned and nothing is pending', () => {
    expect(stats(daily(10, 3), t('08:00', 20)).risk).toBe('safe');
  });

  it('R12: at-risk when answer all by is less than the risk lead away', () => {
    expect(stats(squeezed, t('09:35', 20)).risk).toBe('safe'); // 5 minutes left: the lead, inclusive
    expect(stats(squeezed, t('09:35:01', 20)).risk).toBe('at-risk');
    expect(stats(squeezed, t('09:25', 20), { riskLeadSeconds: 20 * 60 }).risk).toBe('at-risk');
  });

  it('R12: at-risk when the badge is earned now but answer all by is none', () => {
    const s = stats(squeezed, t('09:41', 20));
    expect(s).toMatchObject({ badge: true, answerAllBy: null, risk: 'at-risk' });
    expect(s.ifAnsweredNow.badge).toBe(false);
  });

  it('R12: recoverable when answering now would earn the badge', () => {
    const s = stats([...daily(8, 3), thread('w1', [c(t('08:00', 20))]), thread('w2', [c(t('08:30', 20))])], t('08:40', 20));
    expect(s).toMatchObject({ badge: false, risk: 'recoverable' });
    expect(s.ifAnsweredNow.badge).toBe(true);
  });

  it('R12: not-earned when even answering now does not earn it', () => {
    const s = stats([...daily(8, 3), ...daily(2, null, 'm', 8), thread('w', [c(t('08:00', 20))])], t('08:01', 20));
    expect(s.risk).toBe('not-earned');
    expect(s.pending).toBe(1);
  });
});
