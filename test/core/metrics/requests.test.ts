import { describe, expect, it } from 'vitest';
import { analyseThread, R1_SILENCE_MS, R2_ANSWER_LIMIT_MS } from '@/core/metrics';
import { bot, c, daily, MIN, p, stats, t, thread } from '../../support/inbox-builder';

const never = () => false;

describe('R1 — requests', () => {
  it('R1: the first customer message of a thread opens a request', () => {
    expect(analyseThread(thread('a', [c(t('08:00'))]), never).map((r) => r.at)).toEqual([t('08:00')]);
  });

  it('R1: 24 hours of silence opens a new request', () => {
    const records = analyseThread(thread('a', [c(t('08:00')), p(t('08:10')), c(t('08:10', 1))]), never);
    expect(records.map((r) => r.at)).toEqual([t('08:00'), t('08:10', 1)]);
    expect(R1_SILENCE_MS).toBe(24 * 60 * MIN);
  });

  it('R1: one millisecond short of 24 hours of silence keeps the request open', () => {
    const records = analyseThread(thread('a', [c(t('08:00')), p(t('08:10')), c(t('08:10', 1) - 1)]), never);
    expect(records).toHaveLength(1);
    expect(records[0]!.lastCustomerAt).toBe(t('08:10', 1) - 1);
  });

  it('R1: silence is counted from the previous message of either side', () => {
    // 30 h after the request but only 6 h after the page's message: no new request.
    const s = stats([thread('a', [c(t('08:00')), p(t('08:05')), p(t('08:00', 1)), c(t('14:00', 1))])], t('15:00', 1));
    expect(s.requests).toBe(1);
  });

  it('R1: customer messages of a thread the page opened, within 24 hours, open no request', () => {
    expect(analyseThread(thread('a', [p(t('08:00')), c(t('09:00'))]), never)).toEqual([]);
  });

  it('R1: the order of the input does not matter', () => {
    const messages = [c(t('08:00')), p(t('08:04')), c(t('09:00', 2))];
    const a = analyseThread(thread('a', messages), never);
    const b = analyseThread(thread('a', [...messages].reverse()), never);
    expect(b).toEqual(a);
  });
});

describe('R2 — answers', () => {
  it('R2: the first page message by a person answers; its time is the response time', () => {
    const s = stats([thread('a', [c(t('08:00')), p(t('08:04')), p(t('08:30'))])], t('12:00'));
    expect(s).toMatchObject({ requests: 1, answered: 1, responseTimeSeconds: 240 });
  });

  it('R2: a reply 24 hours or more after the request answers nothing and opens nothing', () => {
    const late = stats([thread('a', [c(t('08:00')), p(t('08:00', 1))])], t('12:00', 2));
    expect(late).toMatchObject({ requests: 1, answered: 0, pending: 0, responseTimeSeconds: null });
    const justInTime = stats([thread('a', [c(t('08:00')), p(t('08:00', 1) - 1000)])], t('12:00', 2));
    expect(justInTime).toMatchObject({ answered: 1, responseTimeSeconds: R2_ANSWER_LIMIT_MS / 1000 - 1 });
  });

  it('R2: an unanswered request is pending for less than 24 hours, then missed', () => {
    const threads = [thread('a', [c(t('08:00'))])];
    expect(stats(threads, t('08:00', 1) - 1).pending).toBe(1);
    expect(stats(threads, t('08:00', 1))).toMatchObject({ pending: 0, answered: 0, requests: 1 });
  });

  it('R2: messages after now do not exist yet', () => {
    const threads = [thread('a', [c(t('08:00')), p(t('08:10')), c(t('09:00', 2))])];
    const before = stats(threads, t('08:05'));
    expect(before).toMatchObject({ requests: 1, answered: 0, pending: 1 });
    expect(before.threads.a?.states).toEqual(['ok']);
    expect(stats(threads, t('08:10'))).toMatchObject({ requests: 1, answered: 1 });
  });
});

describe('R3 — automated messages', () => {
  it('R3: an instant reply answers nothing; the person after it does', () => {
    const s = stats([thread('a', [c(t('08:00')), bot(t('08:00:03')), p(t('08:12'))])], t('09:00'));
    expect(s.responseTimeSeconds).toBe(720);
  });

  it('R3: automated messages do not break the 24 hours of silence', () => {
    // The away message at 06:00 the next day does not keep the 09:00 customer in the first exchange.
    const s = stats([thread('a', [c(t('08:00')), p(t('08:05')), bot(t('06:00', 1)), c(t('09:00', 1))])], t('10:00', 1));
    expect(s.requests).toBe(2);
  });

  it('R3: an automated message alone leaves the customer waiting', () => {
    const s = stats([thread('a', [c(t('08:00')), bot(t('08:00:02'))])], t('08:20'));
    expect(s.threads.a?.states).toEqual(['late']);
  });
});

describe('R4 — excluded requests', () => {
  const nine = daily(9, 3);
  it('R4: a thread in Spam counts in no figure and has no per-conversation state', () => {
    const s = stats([...nine, thread('spam', [c(t('08:00', 20))], 'spam')], t('09:00', 20));
    expect(s.requests).toBe(9);
    expect(s.threads.spam).toBeUndefined();
  });

  it('R4: a Done thread no person replied to needed no answer, but keeps its state', () => {
    const s = stats([...nine, thread('done', [c(t('08:00', 20))], 'done')], t('09:00', 20));
    expect(s.requests).toBe(9);
    expect(s.threads.done?.states).toEqual(['late']);
  });

  it('R4: a Done thread with a late reply still counts, as unanswered', () => {
    const s = stats([...nine, thread('done', [c(t('08:00', 20)), p(t('09:00', 21))], 'done')], t('10:00', 21));
    expect(s).toMatchObject({ requests: 10, answered: 9 });
  });

  it('R4: a Done thread counts from the moment its reply is sent, not before', () => {
    const threads = [...nine, thread('done', [c(t('08:00', 20)), p(t('08:30', 20))], 'done')];
    expect(stats(threads, t('08:20', 20)).requests).toBe(9);
    expect(stats(threads, t('08:30', 20))).toMatchObject({ requests: 10, answered: 10 });
  });

  it('R4: a request that arrived while Away counts in no figure', () => {
    const away = [{ from: t('07:00', 20), to: t('09:00', 20) }];
    expect(stats([...nine, thread('x', [c(t('08:00', 20))])], t('10:00', 20), {}, away).requests).toBe(9);
  });

  it('R4: only Messenger threads count; the others keep their state', () => {
    const ig = { ...thread('ig', [c(t('08:00', 20))]), channel: 'instagram' as const };
    const s = stats([...nine, ig], t('08:05', 20));
    expect(s.requests).toBe(9);
    expect(s.threads.ig?.states).toEqual(['ok']);
  });
});
