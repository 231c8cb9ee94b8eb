/**
 * R9 — Away. A request that arrives while the Page is Away is excluded (R4). The Page is Away
 * during every Away period [from, to) and, when opening hours are set, at every instant outside them.
 */
import { HOUR_MS } from './durations';
import { openingHoursTest } from './opening-hours';
import type { AwayPeriod, OpeningHours } from './types';

/** R9: Away switched on by hand with no end reverts to available this long after it began. */
export const R9_MANUAL_AWAY_REVERT_MS = 12 * HOUR_MS;
/**
 * R9 *decision*: a request that arrives while Away is excluded from the figures. Some sources say
 * Meta starts its clock when the Page is back instead; setting this to false counts such requests
 * like any other (their clock starting at arrival).
 */
export const R9_AWAY_REQUESTS_EXCLUDED = true;

/** The half-open interval [from, to) an Away period covers; a period with no end lasts 12 hours. */
export function awayInterval(period: AwayPeriod): readonly [number, number] {
  const to = period.to ?? period.from + R9_MANUAL_AWAY_REVERT_MS;
  return [period.from, to];
}

/** Returns `isAway(t)`: true when the Page is Away at the instant `t`. */
export function awayTest(periods: readonly AwayPeriod[], openingHours?: OpeningHours | null): (t: number) => boolean {
  const intervals = periods.map(awayInterval).filter(([from, to]) => to > from);
  const isOpen = openingHours ? openingHoursTest(openingHours) : null;
  return (t) => {
    for (const [from, to] of intervals) if (t >= from && t < to) return true;
    return isOpen !== null && !isOpen(t);
  };
}
