import { describe, expect, it } from 'vitest';
import { analyseThread, DEFAULT_METRIC_SETTINGS, MetricModel, type AwayPeriod, type ThreadInput } from '@/core/metrics';
import { latestRequestStanding } from '@/core/metrics/request-standing';
import { bot, c, p, t, thread } from '../../support/inbox-builder';

const standing = (th: ThreadInput, now: number, away: AwayPeriod[] = []) =>
  new MetricModel({ threads: [th], away }, DEFAULT_METRIC_SETTINGS).requestStanding(th.id, now);

describe('why a conversation counts, or not (R1–R4, R9)', () => {
  it('R1: a customer message that opens a request in the inbox counts', () => {
    expect(standing(thread('a', [c(t('08:00'))]), t('08:10'))).toBe('counts');
  });

  it('R1: a message within 24 hours of the Page\'s own message opens no request', () => {
    expect(standing(thread('a', [c(t('08:00')), p(t('08:04')), c(t('09:00'))]), t('09:10'))).toBe('after-page-message');
  });

  it('R1: a message within 24 hours of the customer\'s previous one is a follow-up inside the open request', () => {
    expect(standing(thread('a', [c(t('08:00')), c(t('08:30'))]), t('08:40'))).toBe('follow-up');
  });

  it('R3: an automated reply between them changes nothing', () => {
    expect(standing(thread('a', [c(t('08:00')), bot(t('08:00')), c(t('08:30'))]), t('08:40'))).toBe('follow-up');
  });

  it('R4: in Spam, and in Done with no reply, it does not count; in Done with a reply it does', () => {
    expect(standing(thread('a', [c(t('08:00'))], 'spam'), t('08:10'))).toBe('spam');
    expect(standing(thread('a', [c(t('08:00'))], 'done'), t('08:10'))).toBe('done-without-reply');
    expect(standing(thread('a', [c(t('08:00')), p(t('09:00'))], 'done'), t('09:10'))).toBe('counts');
  });

  it('R4/R9: a request that arrived while Away does not count', () => {
    expect(standing(thread('a', [c(t('08:00'))]), t('08:10'), [{ from: t('07:00'), to: t('09:00') }])).toBe('away');
  });

  it('only Messenger counts; a thread with no customer message has no standing', () => {
    expect(standing({ ...thread('a', [c(t('08:00'))]), channel: 'instagram' }, t('08:10'))).toBe('other-channel');
    expect(standing(thread('a', [p(t('08:00'))]), t('08:10'))).toBeNull();
  });

  it('messages after `now` do not exist yet', () => {
    const th = thread('a', [c(t('08:00')), p(t('08:04')), c(t('09:00'))]);
    expect(latestRequestStanding(th, analyseThread(th, () => false), t('08:30'))).toBe('counts');
  });
});
