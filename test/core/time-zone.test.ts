import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, localDayStart, wallDateOf, zonedInstant, zoneOffsetReader } from '@/core/time-zone';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 60 * 60_000;

/** The zone's offset at `t` straight from Intl, uncached: the reference for the cached reader. */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(timeZone: string, at: number): number {
  if (!formats.has(timeZone)) formats.set(timeZone, new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }));
  const parts = formats.get(timeZone)!.formatToParts(at);
  const n = (type: string) => Number(parts.find((x) => x.type === type)!.value);
  const second = Math.floor(at / 1000) * 1000;
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - second;
}

describe('time zones', () => {
  it('knows the zones Intl knows', () => {
    expect(isKnownTimeZone('Europe/Oslo')).toBe(true);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
  });

  it('the per-day offset cache agrees with Intl at every instant, across DST changes', () => {
    const zones = ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe', 'America/Santiago', 'Europe/Oslo'];
    const from = utc('2026-01-01T00:00:00Z');
    const to = utc('2027-12-31T00:00:00Z');
    fc.assert(fc.property(fc.constantFrom(...zones), fc.array(fc.integer({ min: from, max: to }), { minLength: 1, maxLength: 40 }), (zone, instants) => {
      const reader = zoneOffsetReader(zone);
      for (const at of instants) expect(reader(at)).toBe(intlOffset(zone, at));
    }), { numRuns: 60 });
    // And right at the transitions, to the minute.
    for (const zone of zones) {
      const reader = zoneOffsetReader(zone);
      for (let at = from; at < to; at += 7 * 24 * HOUR) {
        if (intlOffset(zone, at) === intlOffset(zone, at + 7 * 24 * HOUR)) continue;
        for (let m = at; m <= at + 7 * 24 * HOUR; m += 30 * 60_000) expect(reader(m)).toBe(intlOffset(zone, m));
      }
    }
  });

  it('a wall-clock time becomes its instant on both sides of a change (Oslo, Berlin, New York)', () => {
    expect(zonedInstant({ year: 2026, month: 2, day: 29 }, 1, 30, 'Europe/Oslo')).toBe(utc('2026-03-29T00:30:00Z')); // CET
    expect(zonedInstant({ year: 2026, month: 2, day: 29 }, 3, 30, 'Europe/Oslo')).toBe(utc('2026-03-29T01:30:00Z')); // CEST
    expect(zonedInstant({ year: 2026, month: 9, day: 25 }, 1, 30, 'Europe/Berlin')).toBe(utc('2026-10-24T23:30:00Z')); // CEST
    expect(zonedInstant({ year: 2026, month: 9, day: 25 }, 3, 30, 'Europe/Berlin')).toBe(utc('2026-10-25T02:30:00Z')); // CET
    expect(zonedInstant({ year: 2026, month: 6, day: 1 }, 12, 0, 'America/New_York')).toBe(utc('2026-07-01T16:00:00Z'));
  });

  it('a time the spring change skips reads with the offset before it; one shown twice in autumn is its second showing', () => {
    expect(zonedInstant({ year: 2026, month: 2, day: 29 }, 2, 30, 'Europe/Oslo')).toBe(utc('2026-03-29T01:30:00Z')); // = 03:30 CEST
    expect(zonedInstant({ year: 2026, month: 9, day: 25 }, 2, 30, 'Europe/Berlin')).toBe(utc('2026-10-25T01:30:00Z')); // 02:30 CET
  });

  it('the date of an instant is the zone\'s, not UTC\'s', () => {
    expect(wallDateOf(utc('2026-03-28T23:30:00Z'), 'Europe/Oslo')).toEqual({ year: 2026, month: 2, day: 29 });
    expect(wallDateOf(utc('2026-03-28T23:30:00Z'), 'UTC')).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('local days start at local midnight and last 23 or 25 hours on change days (Berlin, Oslo)', () => {
    const springStart = localDayStart(utc('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(springStart).toBe(utc('2026-03-28T23:00:00Z'));
    expect(localDayStart(utc('2026-03-30T12:00:00Z'), 'Europe/Berlin') - springStart).toBe(23 * HOUR);
    const autumnStart = localDayStart(utc('2026-10-25T12:00:00Z'), 'Europe/Oslo');
    expect(autumnStart).toBe(utc('2026-10-24T22:00:00Z'));
    expect(localDayStart(utc('2026-10-26T12:00:00Z'), 'Europe/Oslo') - autumnStart).toBe(25 * HOUR);
    expect(localDayStart(utc('2026-10-24T22:00:00Z'), 'Europe/Oslo')).toBe(autumnStart); // midnight itself
    expect(localDayStart(utc('2026-10-24T21:59:59Z'), 'Europe/Oslo')).toBe(utc('2026-10-23T22:00:00Z'));
  });
});
