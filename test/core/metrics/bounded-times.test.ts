import { describe, expect, it } from 'vitest';
import { c, daily, MIN, p, stats, t, thread, within } from '../../support/inbox-builder';

/** 17 answered in 10 min, one in 23 h, two waiting since 08:00 on day 20: answer all by 09:40 (see projections.test.ts). */
const squeezed = (waiting = c(t('08:00', 20))) => [
  ...daily(17, 10),
  thread('slow', [c(t('08:00', 17)), p(t('07:00', 18))]),
  thread('w1', [c(t('08:00', 20))]),
  thread('w2', [waiting]),
];

describe('R13 — bounded times', () => {
  it('R13: a reply shown only under the question\'s divider makes the time a range from 0 to its latest instant', () => {
    const s = stats([thread('t1', [c(t('08:00')), within(p(t('08:00')), t('08:00'), t('08:57'))])], t('08:00', 3));
    expect(s).toMatchObject({ responseTimeSeconds: 0, responseTimeRange: [0, 57 * 60], badge: true, badgeStatus: 'uncertain' });
  });

  it('R13: a request known only within bounds widens the range from both ends', () => {
    const s = stats([thread('t1', [within(c(t('08:05')), t('08:00'), t('08:10')), p(t('08:12'))])], t('09:00'));
    expect(s).toMatchObject({ responseTimeSeconds: 7 * 60, responseTimeRange: [2 * 60, 12 * 60] });
  });

  it('R13/R7: each bound of the range averages its own fastest 90 %', () => {
    // Nine answers in 4 min and one in 5 min (between 0 and 60): the fastest 9 at least include the 0, at most leave the 60 out.
    const s = stats([...daily(9, 4), thread('b', [c(t('08:00', 9)), within(p(t('08:05', 9)), t('08:00', 9), t('09:00', 9))])], t('08:00', 20));
    expect(s.responseTimeSeconds).toBe(240);
    expect(s.responseTimeRange![0]).toBeCloseTo((8 * 240) / 9, 9);
    expect(s.responseTimeRange![1]).toBe(240);
    expect(s.badgeStatus).toBe('earned');
  });

  it('R13/R8: the badge is not earned when even the least time misses the target, or when the rate does', () => {
    const slow = stats([thread('t1', [c(t('08:00')), within(p(t('08:30')), t('08:20'), t('08:40'))])], t('09:00'));
    expect(slow).toMatchObject({ responseTimeRange: [20 * 60, 40 * 60], badge: false, badgeStatus: 'not-earned' });
    const halfAnswered = stats([thread('a', [c(t('08:00')), within(p(t('08:02')), t('08:00'), t('08:05'))]), thread('b', [c(t('08:00', 1))])], t('08:00', 5));
    expect(halfAnswered).toMatchObject({ responseRate: 0.5, responseTimeRange: [0, 5 * 60], badgeStatus: 'not-earned' });
  });

  it('R13: with nothing answered there is no range', () => {
    expect(stats([thread('w', [within(c(t('08:00')), t('07:50'), t('08:00'))])], t('08:05'))).toMatchObject({ responseTimeRange: null, badgeStatus: 'not-earned' });
  });

  it('R13: bounds that do not hold the best time are widened to it', () => {
    const s = stats([thread('t1', [c(t('08:00')), within(p(t('08:04')), t('08:10'), t('08:00'))])], t('09:00'));
    expect(s).toMatchObject({ responseTimeSeconds: 240, responseTimeRange: [240, 240], badgeStatus: 'earned' });
  });

  it('R13/R11: if answered now, a waiting request is answered between the latest and the earliest instant it may have arrived', () => {
    // Nine answers in 14 min; the waiting one arrived 07:55 (07:50–08:00) and is answered at 08:05: 10 min (5–15).
    const s = stats([...daily(9, 14), thread('w', [within(c(t('07:55', 20)), t('07:50', 20), t('08:00', 20))])], t('08:05', 20));
    expect(s.ifAnsweredNow.responseTimeSeconds).toBeCloseTo((8 * 840 + 600) / 9, 9);
    expect(s.ifAnsweredNow.responseTimeRange![0]).toBeCloseTo((8 * 840 + 300) / 9, 9);
    expect(s.ifAnsweredNow.responseTimeRange![1]).toBe(840);
  });

  it('R13/R11/R12: answer all by and the risk use best times, and say when the bounds leave them open', () => {
    // w2 arrived at 08:00 at best, between 07:50 and 08:10: answering both by 09:40 at best, 09:50 at least, 09:40 at most.
    const s = stats(squeezed(within(c(t('08:00', 20)), t('07:50', 20), t('08:10', 20))), t('09:36', 20));
    expect(s).toMatchObject({ answerAllBy: t('09:40', 20), answerAllByUncertain: true, answerAllBySlowEnd: t('09:40', 20), risk: 'at-risk', riskUncertain: true });
    expect(s).toMatchObject({ responseTimeRange: [600, 600], badgeStatus: 'earned' });
    expect(s.ifAnsweredNow.responseTimeRange![0]).toBeCloseTo((17 * 600 + 86 * MIN / 1000) / 18, 9);
  });

  it('R13: with exact times the range is the figure and nothing is uncertain', () => {
    const s = stats(squeezed(), t('09:36', 20));
    expect(s).toMatchObject({ answerAllBy: t('09:40', 20), answerAllByUncertain: false, risk: 'at-risk', riskUncertain: false });
    expect(s.responseTimeRange).toEqual([s.responseTimeSeconds, s.responseTimeSeconds]);
    expect(s.ifAnsweredNow.responseTimeRange).toEqual([s.ifAnsweredNow.responseTimeSeconds, s.ifAnsweredNow.responseTimeSeconds]);
  });
});
