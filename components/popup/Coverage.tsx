import type { Coverage as CoverageInfo, OverviewStats } from '@/core/messages';
import { DAY_MS } from '@/core/metrics';
import { formatDay } from '../display-format';
import { pluralKey, useI18n } from '../i18n';

export interface CoverageProps {
  coverage: CoverageInfo;
  stats: OverviewStats;
  windowDays: number;
  now: number;
}

/** Days of the window since watching began, when it began inside the window (R14); null otherwise. */
export function daysWatched(watchingSince: number | null, now: number, windowDays: number): number | null {
  if (watchingSince === null || watchingSince <= now - windowDays * DAY_MS) return null;
  return Math.min(windowDays, Math.max(1, Math.ceil((now - watchingSince) / DAY_MS)));
}

/** What the figures rest on (R14): how many requests since when, how much of the window was watched, and whether they are incomplete. */
export function Coverage({ coverage, stats, windowDays, now }: CoverageProps) {
  const { t, locale } = useI18n();
  const watched = daysWatched(coverage.watchingSince, now, windowDays);
  return (
    <section class={`coverage coverage-${coverage.state}`}>
      {stats.windowFrom !== null && stats.requests > 0 && (
        <p class="based-on">{t(pluralKey('popup_based_on', stats.requests, locale), [stats.requests, formatDay(stats.windowFrom, locale)])}</p>
      )}
      {watched !== null && (
        <p class="watching-since">{t(pluralKey('popup_watching_since', windowDays, locale), [formatDay(coverage.watchingSince!, locale), watched, windowDays])}</p>
      )}
      {coverage.state === 'incomplete' && <p class="incomplete" role="status">{t('popup_incomplete')}</p>}
    </section>
  );
}
