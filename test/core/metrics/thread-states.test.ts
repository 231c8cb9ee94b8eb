import { describe, expect, it } from 'vitest';
import { CONVERSATION_CLOSING_MS, mostPressingState, R10_MESSAGING_WINDOW_MS } from '@/core/metrics';
import { c, DAY, HOUR, MIN, p, stats, t, thread } from '../../support/inbox-builder';

const stateOf = (messages: Parameters<typeof thread>[1], now: number, folder: Parameters<typeof thread>[2] = 'inbox') =>
  stats([thread('a', messages, folder)], now).threads.a;

describe('R10 — reply deadline', () => {
  it('R10: the reply deadline is the customer\'s latest message in the exchange + 24 h', () => {
    expect(R10_MESSAGING_WINDOW_MS).toBe(DAY);
    expect(stateOf([c(t('08:00')), c(t('08:30'))], t('09:00'))?.replyDeadline).toBe(t('08:30', 1));
  });

  it('R10: a customer message sent after now does not move the deadline', () => {
    expect(stateOf([c(t('08:00')), c(t('10:00'))], t('09:00'))?.replyDeadline).toBe(t('08:00', 1));
  });

  it('R10: the deadline does not change the figures', () => {
    const a = stats([thread('a', [c(t('08:00'))])], t('09:00'));
    const b = stats([thread('a', [c(t('08:00')), c(t('08:50'))])], t('09:00'));
    expect({ ...a, threads: {} }).toEqual({ ...b, threads: {} });
  });
});

describe('per conversation (R10 states)', () => {
  it('R10 states: a conversation shows its most pressing state: expired, closing, late, soon, then ok', () => {
    expect(mostPressingState(['ok'])).toBe('ok');
    expect(mostPressingState(['soon'])).toBe('soon');
    expect(mostPressingState(['late', 'closing'])).toBe('closing');
    expect(mostPressingState(['ok', 'closing'])).toBe('closing');
    expect(mostPressingState(['expired'])).toBe('expired');
  });

  it('R10 states: ok below half the target, soon from half, late from the target', () => {
    const messages = [c(t('08:00'))];
    expect(stateOf(messages, t('08:07:29'))?.states).toEqual(['ok']);
    expect(stateOf(messages, t('08:07:30'))?.states).toEqual(['soon']);
    expect(stateOf(messages, t('08:14:59'))?.states).toEqual(['soon']);
    expect(stateOf(messages, t('08:15'))?.states).toEqual(['late']);
  });

  it('R10 states: waiting time and late-at are measured from the request, not the follow-up', () => {
    const state = stateOf([c(t('08:00')), c(t('08:10'))], t('08:12'));
    expect(state).toMatchObject({ waitingSeconds: 720, lateAt: t('08:15'), requestAt: t('08:00'), states: ['soon'] });
  });

  it('R10 states: closing when less than 2 hours remain, expired once the deadline passed (and nothing else)', () => {
    const messages = [c(t('08:00'))];
    expect(stateOf(messages, t('08:00', 1) - CONVERSATION_CLOSING_MS)?.states).toEqual(['late']);
    expect(stateOf(messages, t('08:00', 1) - CONVERSATION_CLOSING_MS + 1)?.states).toEqual(['late', 'closing']);
    expect(stateOf(messages, t('08:00', 1))?.states).toEqual(['expired']);
  });

  it('R10 states: a short time target can be closing while still ok', () => {
    // Target 4 days: after 46 h the wait is under half of it, but the window closes at 07:00 on day 2.
    const s = stats([thread('a', [c(t('08:00')), c(t('07:00', 1))])], t('06:00', 2), { timeTargetSeconds: 4 * DAY / 1000 });
    expect(s.threads.a?.states).toEqual(['ok', 'closing']);
  });

  it('R10 states: any person\'s page message ends the wait, even a late one; an automated one does not', () => {
    expect(stateOf([c(t('08:00')), p(t('09:00', 1))], t('10:00', 1))).toBeUndefined();
    expect(stateOf([c(t('08:00')), { at: t('08:01'), from: 'page', automated: true }], t('08:02'))?.states).toEqual(['ok']);
  });

  it('R10 states: only the latest request of a thread matters', () => {
    // The first request was never answered; the latest was: no state.
    expect(stateOf([c(t('08:00')), c(t('09:00', 2)), p(t('09:05', 2))], t('10:00', 2))).toBeUndefined();
    // The first was answered; the latest waits.
    expect(stateOf([c(t('08:00')), p(t('08:05')), c(t('09:00', 2))], t('09:01', 2))?.requestAt).toBe(t('09:00', 2));
  });

  it('R10 states: a follow-up after the answer, within 24 h, awaits nothing (same exchange)', () => {
    expect(stateOf([c(t('08:00')), p(t('08:05')), c(t('12:00'))], t('12:30'))).toBeUndefined();
  });

  it('R10 states: Done and Away requests keep their state; Spam has none', () => {
    expect(stateOf([c(t('08:00'))], t('08:01'), 'done')?.states).toEqual(['ok']);
    expect(stateOf([c(t('08:00'))], t('08:01'), 'spam')).toBeUndefined();
    const away = stats([thread('a', [c(t('08:00'))])], t('08:20'), {}, [{ from: t('07:00') }]);
    expect(away).toMatchObject({ requests: 0 });
    expect(away.threads.a?.states).toEqual(['late']);
  });

  it('R10 states: a thread is seen as it was at now', () => {
    const messages = [c(t('08:00')), p(t('08:10')), c(t('09:00', 2))];
    expect(stateOf(messages, t('08:05'))?.waitingSeconds).toBe(5 * MIN / 1000);
    expect(stateOf(messages, t('08:20'))).toBeUndefined();
    expect(stateOf(messages, t('09:00', 2) + HOUR)?.requestAt).toBe(t('09:00', 2));
  });
});
