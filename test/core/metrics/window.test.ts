import { describe, expect, it } from 'vitest';
import { R5_MINIMUM_REQUESTS } from '@/core/metrics';
import { c, DAY, daily, p, stats, t, thread } from '../../support/inbox-builder';

describe('R5 — the window', () => {
  it('R5: the window is the 30 days up to the latest counted request', () => {
    const old = daily(5, 2, 'old', 0); // days 0–4
    const recent = daily(12, 2, 'new', 40); // days 40–51
    const s = stats([...old, ...recent], t('08:00', 60));
    expect(s).toMatchObject({ requests: 12, answered: 12, windowFrom: t('08:00', 40), windowTo: t('08:00', 51) });
  });

  it('R5: a request exactly 30 days before the latest is out, one millisecond later is in', () => {
    const base = daily(10, 2, 'n', 20);
    const edge = (at: number) => thread('edge', [c(at), p(at + 60_000)]);
    const latest = t('08:00', 29);
    expect(stats([...base, edge(latest - 30 * DAY)], t('09:00', 29)).requests).toBe(10);
    expect(stats([...base, edge(latest - 30 * DAY + 1)], t('09:00', 29)).requests).toBe(11);
  });

  it('R5: fewer than 10 in the window → the latest 10 counted requests', () => {
    const old = daily(5, null, 'old', 0);
    const recent = daily(7, 2, 'new', 60);
    const s = stats([...old, ...recent], t('08:00', 70));
    expect(s).toMatchObject({ requests: R5_MINIMUM_REQUESTS, answered: 7, windowFrom: t('08:00', 2) });
  });

  it('R5: fewer than 10 counted at all → all of them', () => {
    expect(stats(daily(4, 2), t('08:00', 10)).requests).toBe(4);
  });

  it('R5: the window is anchored on the latest request, not on now', () => {
    const threads = daily(12, 2);
    expect(stats(threads, t('09:00', 12))).toEqual({ ...stats(threads, t('09:00', 200)), threads: {} });
  });

  it('R5: excluded requests do not anchor the window', () => {
    const threads = [...daily(12, 2), thread('spam', [c(t('08:00', 80))], 'spam')];
    expect(stats(threads, t('09:00', 80)).requests).toBe(12);
  });

  it('R5: an empty window has no figures', () => {
    expect(stats([], t('08:00'))).toMatchObject({
      requests: 0, responseRate: null, responseTimeSeconds: null, badge: false, windowFrom: null, windowTo: null,
    });
  });
});
