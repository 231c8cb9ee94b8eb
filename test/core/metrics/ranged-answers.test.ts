import { describe, expect, it } from 'vitest';
import { DEFAULT_METRIC_SETTINGS, MetricModel, type ThreadInput } from '@/core/metrics';
import { c, daily, MIN, p, t, thread, within } from '../../support/inbox-builder';

const rangedAt = (threads: ThreadInput[], now: number) => new MetricModel({ threads, away: [] }, DEFAULT_METRIC_SETTINGS).rangedAnswers(now);

/** A reply under its question's divider (08:00), known only up to the next divider at `runEnd`. */
const inRun = (runEnd: number) => within(p(t('08:00')), t('08:00'), runEnd);

describe('R13 — what would settle a time range', () => {
  it('R13: counts the answers in the window whose response time is known only within a range', () => {
    const ranged = rangedAt([...daily(5, 3), thread('a', [c(t('08:00')), inRun(t('09:00')), c(t('10:00'))]), thread('b', [c(t('08:00')), inRun(t('08:30')), c(t('09:00'))])], t('12:00', 6));
    expect(ranged).toEqual({ count: 2, pinnableThreadIds: [] });
  });

  it('R13: a reply that is its thread\'s latest message can be pinned by opening the conversation, widest range first', () => {
    const ranged = rangedAt([
      thread('short', [c(t('08:00')), inRun(t('08:20'))]),
      thread('long', [c(t('08:00')), inRun(t('09:40'))]),
      thread('mid-run', [c(t('08:00')), inRun(t('09:00')), c(t('09:00'))]),
    ], t('12:00'));
    expect(ranged).toEqual({ count: 3, pinnableThreadIds: ['long', 'short'] });
  });

  it('R13: a request known only within bounds, answered by the latest message, is pinnable only when that reply is bounded', () => {
    const request = within(c(t('08:05')), t('08:00'), t('08:10'));
    expect(rangedAt([thread('exact-reply', [request, p(t('08:20'))])], t('12:00'))).toEqual({ count: 1, pinnableThreadIds: [] });
    expect(rangedAt([thread('bounded-reply', [request, within(p(t('08:20')), t('08:15'), t('08:30'))])], t('12:00'))).toEqual({ count: 1, pinnableThreadIds: ['bounded-reply'] });
  });

  it('R13: a question known to its divider\'s minute is timed as precisely as the page shows any time: not ranged', () => {
    const inItsMinute = within(c(t('08:00')), t('08:00'), t('08:00') + MIN - 1);
    const ranged = rangedAt([thread('minute', [inItsMinute, within(p(t('08:02')), t('08:02'), t('08:02') + MIN - 1)]), thread('exact-reply', [inItsMinute, p(t('08:03'))])], t('12:00'));
    expect(ranged).toEqual({ count: 0, pinnableThreadIds: [] });
  });

  it('R13/R5: answers outside the window, unanswered requests and exact times leave nothing to settle', () => {
    const old = thread('old', [c(t('08:00')), inRun(t('09:00'))]);
    const waiting = thread('waiting', [within(c(t('08:00', 40)), t('08:00', 40), t('08:30', 40))]);
    expect(rangedAt([old, ...daily(10, 3, 'd', 35), waiting], t('09:00', 45))).toEqual({ count: 0, pinnableThreadIds: [] });
    expect(rangedAt([thread('exact', [c(t('08:00')), p(t('08:04'))])], t('12:00'))).toEqual({ count: 0, pinnableThreadIds: [] });
  });
});
