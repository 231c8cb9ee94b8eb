import type { Risk } from '@/core/metrics';
import type { OverviewStats } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { formatClockNear, formatDuration, formatRate } from '../display-format';
import { useI18n, type MessageKey } from '../i18n';
import { AdviceSentence } from './AdviceSentence';
import { adviceFor } from './badge-advice';

export interface BadgeStatusProps {
  stats: OverviewStats;
  settings: Settings;
  now: number;
  /** When the Page is Away (by hand or outside opening hours), until when. */
  awayUntil: number | null;
}

const RISK_KEY: Record<Risk, MessageKey> = {
  safe: 'risk_safe',
  'at-risk': 'risk_at_risk',
  recoverable: 'risk_recoverable',
  'not-earned': 'risk_not_earned',
};

/** The badge at a glance: risk word, the two figures against their targets, and what to do. */
export function BadgeStatus({ stats, settings, now, awayUntil }: BadgeStatusProps) {
  const { t, locale } = useI18n();
  const rateMet = stats.responseRate !== null && stats.responseRate + 1e-9 >= settings.rateTarget;
  const timeMet = stats.responseTimeSeconds !== null && stats.responseTimeSeconds <= settings.timeTargetSeconds;
  return (
    <section class="badge-status" aria-labelledby="badge-status-heading">
      <h2 id="badge-status-heading" class={`risk risk-${stats.risk}`}>
        <span class="risk-dot" aria-hidden="true" />
        {t(RISK_KEY[stats.risk])}
        {/* "Not earned" already says it; the other words need the badge's state beside them. */}
        {stats.risk !== 'not-earned' && <span class="badge-earned">{t(stats.badge ? 'popup_badge_earned' : 'popup_badge_not_earned')}</span>}
      </h2>
      <dl class="figures">
        <Figure
          label={t('popup_rate_label')}
          value={stats.responseRate === null ? t('popup_no_value') : formatRate(stats.responseRate, locale)}
          target={t('popup_target', [formatRate(settings.rateTarget, locale)])}
          met={rateMet}
        />
        <Figure
          label={t('popup_time_label')}
          value={stats.responseTimeSeconds === null ? t('popup_no_value') : formatDuration(stats.responseTimeSeconds, locale)}
          target={t('popup_target', [formatDuration(settings.timeTargetSeconds, locale)])}
          met={timeMet}
        />
      </dl>
      <AdviceSentence advice={adviceFor(stats, settings)} now={now} />
      {awayUntil !== null && awayUntil > now && <p class="away-note">{t('popup_away_until', [formatClockNear(awayUntil, now, locale)])}</p>}
    </section>
  );
}

function Figure({ label, value, target, met }: { label: string; value: string; target: string; met: boolean }) {
  const { t } = useI18n();
  return (
    <div class={`figure ${met ? 'met' : 'missed'}`}>
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong> <span class="target">{target}</span>{' '}
        <span class="met-word">{t(met ? 'popup_target_met' : 'popup_target_missed')}</span>
      </dd>
    </div>
  );
}
