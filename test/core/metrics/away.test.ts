import { describe, expect, it } from 'vitest';
import { awayTest, openingHoursTest, R9_MANUAL_AWAY_REVERT_MS, WEEKDAYS, type OpeningHours } from '@/core/metrics';
import { c, daily, HOUR, stats, t, thread } from '../../support/inbox-builder';

const utc = (iso: string) => Date.parse(iso);

describe('R9 — Away periods', () => {
  it('R9: an Away period covers [from, to)', () => {
    const isAway = awayTest([{ from: t('08:00'), to: t('10:00') }]);
    expect([t('07:59:59'), t('08:00'), t('09:59:59'), t('10:00')].map(isAway)).toEqual([false, true, true, false]);
  });

  it('R9: Away switched on with no end reverts to available after 12 hours', () => {
    const isAway = awayTest([{ from: t('08:00') }]);
    expect(R9_MANUAL_AWAY_REVERT_MS).toBe(12 * HOUR);
    expect(isAway(t('20:00') - 1)).toBe(true);
    expect(isAway(t('20:00'))).toBe(false);
  });

  it('R9: a request that arrives while Away is excluded; one after it reverted counts', () => {
    const away = [{ from: t('08:00', 20) }];
    const threads = [...daily(10, 2), thread('night', [c(t('19:00', 20))]), thread('later', [c(t('21:00', 20))])];
    const s = stats(threads, t('21:05', 20), {}, away);
    expect(s).toMatchObject({ requests: 11, pending: 1 });
    expect(s.threads.night?.states).toEqual(['late']); // excluded, still awaiting an answer
  });
});

describe('R9 — opening hours', () => {
  const berlin: OpeningHours = { timeZone: 'Europe/Berlin', days: { mon: [['09:00', '17:00']], sun: [['01:00', '04:00']] } };

  it('R9: outside opening hours is Away, in winter time (CET, UTC+1)', () => {
    const open = openingHoursTest(berlin);
    expect(open(utc('2026-11-02T07:59:59Z'))).toBe(false); // Monday 08:59:59 in Berlin
    expect(open(utc('2026-11-02T08:00:00Z'))).toBe(true);
    expect(open(utc('2026-11-02T15:59:59Z'))).toBe(true);
    expect(open(utc('2026-11-02T16:00:00Z'))).toBe(false); // 17:00: the span's end is excluded
    expect(open(utc('2026-11-03T10:00:00Z'))).toBe(false); // Tuesday is not listed: closed
  });

  it('R9: the same wall-clock hours move in UTC with summer time (CEST, UTC+2)', () => {
    const open = openingHoursTest(berlin);
    expect(open(utc('2026-10-19T06:59:59Z'))).toBe(false);
    expect(open(utc('2026-10-19T07:00:00Z'))).toBe(true); // 09:00 CEST
    expect(open(utc('2026-10-19T15:00:00Z'))).toBe(false); // 17:00 CEST
  });

  it('R9: on the night summer time ends, the repeated hour is open both times', () => {
    const open = openingHoursTest(berlin);
    expect(open(utc('2026-10-25T00:30:00Z'))).toBe(true); // 02:30 CEST
    expect(open(utc('2026-10-25T01:30:00Z'))).toBe(true); // 02:30 CET
    expect(open(utc('2026-10-25T02:59:59Z'))).toBe(true); // 03:59:59 CET
    expect(open(utc('2026-10-25T03:00:00Z'))).toBe(false); // 04:00 CET
  });

  it('R9: on the night summer time begins, the skipped hour does not shift the span', () => {
    const open = openingHoursTest({ timeZone: 'Europe/Berlin', days: { sun: [['02:30', '03:30']] } });
    expect(open(utc('2026-03-29T00:59:59Z'))).toBe(false); // 01:59:59 CET
    expect(open(utc('2026-03-29T01:00:00Z'))).toBe(true); // 03:00 CEST
    expect(open(utc('2026-03-29T01:30:00Z'))).toBe(false); // 03:30 CEST
  });

  it('R9: a span whose end is not after its start runs past midnight', () => {
    const open = openingHoursTest({ timeZone: 'UTC', days: { fri: [['22:00', '02:00']] } });
    expect(open(utc('2026-11-06T23:00:00Z'))).toBe(true); // Friday night
    expect(open(utc('2026-11-07T01:59:59Z'))).toBe(true); // Saturday early
    expect(open(utc('2026-11-07T02:00:00Z'))).toBe(false);
  });

  it('R9: other zones keep their own rules (New York, St John\'s half-hour offset, Kolkata)', () => {
    const at = utc('2026-11-02T14:00:00Z'); // Monday
    const span = (timeZone: string, from: string, to: string) => openingHoursTest({ timeZone, days: { mon: [[from, to]] } })(at);
    expect(span('America/New_York', '09:00', '10:00')).toBe(true); // 09:00 EST
    expect(span('America/St_Johns', '10:30', '10:31')).toBe(true); // 10:30 NST (UTC−3:30)
    expect(span('Asia/Kolkata', '19:30', '19:31')).toBe(true); // 19:30 IST (UTC+5:30)
  });

  it('R9: each weekday of the schedule is its own day, Monday first, and Sunday night runs into Monday', () => {
    const monday = utc('2026-11-02T12:30:00Z');
    WEEKDAYS.forEach((day, i) => {
      const open = openingHoursTest({ timeZone: 'UTC', days: { [day]: [['12:00', '13:00']] } });
      expect(WEEKDAYS.map((_, j) => open(monday + j * 24 * HOUR))).toEqual(WEEKDAYS.map((_, j) => j === i));
    });
    const sundayNight = openingHoursTest({ timeZone: 'UTC', days: { sun: [['22:00', '02:00']] } });
    expect(sundayNight(utc('2026-11-09T01:00:00Z'))).toBe(true); // Monday 01:00
    expect(sundayNight(utc('2026-11-02T23:00:00Z'))).toBe(false); // Monday 23:00
  });

  it('R9: a request outside opening hours is excluded from the figures', () => {
    const hours: OpeningHours = { timeZone: 'Europe/Berlin', days: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } };
    const open = thread('open', [c(utc('2026-11-02T08:00:00Z'))]);
    const closed = thread('closed', [c(utc('2026-11-02T07:59:00Z'))]);
    const s = stats([open, closed], utc('2026-11-02T08:05:00Z'), { openingHours: hours });
    expect(s).toMatchObject({ requests: 1, pending: 1 });
    expect(Object.keys(s.threads).sort()).toEqual(['closed', 'open']);
  });
});
