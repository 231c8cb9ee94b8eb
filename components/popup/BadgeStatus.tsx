import type { ComponentChildren } from 'preact';
import type { BadgeStatus as BadgeWord, Risk } from '@/core/metrics';
import type { OverviewStats } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { formatClockNear, formatDuration, formatDurationRange, formatRate } from '../display-format';
import { useI18n, type MessageKey } from '../i18n';
import { AdviceSentence } from './AdviceSentence';
import { adviceFor } from './badge-advice';

export interface BadgeStatusProps {
  stats: OverviewStats;
  settings: Settings;
  now: number;
  /** When the Page is Away (by hand or outside opening hours), until when. */
  awayUntil: number | null;
  /** Runs on from the advice (what would settle an uncertain badge): no line of its own in the 600 px popup. */
  children?: ComponentChildren;
}

const RISK_KEY: Record<Risk, MessageKey> = {
  safe: 'risk_safe',
  'at-risk': 'risk_at_risk',
  recoverable: 'risk_recoverable',
  'not-earned': 'risk_not_earned',
};

const BADGE_KEY: Record<BadgeWord, MessageKey> = {
  earned: 'popup_badge_earned',
  'not-earned': 'popup_badge_not_earned',
  uncertain: 'popup_badge_uncertain',
};

/** Whether a figure meets its target: surely, surely not, or only for part of its range (R13). */
type TargetMet = 'met' | 'missed' | 'uncertain';

const MET_KEY: Record<TargetMet, MessageKey> = { met: 'popup_target_met', missed: 'popup_target_missed', uncertain: 'popup_target_uncertain' };

/** R8 on the time's range: met when even its greatest value is within the target, missed when even its least is not. */
export function timeTargetMet(range: OverviewStats['responseTimeRange'], timeTargetSeconds: number): TargetMet {
  if (range === null || range[0] > timeTargetSeconds) return 'missed';
  return range[1] <= timeTargetSeconds ? 'met' : 'uncertain';
}

/** The badge at a glance: risk word, the two figures against their targets, and what to do. */
export function BadgeStatus({ stats, settings, now, awayUntil, children }: BadgeStatusProps) {
  const { t, locale } = useI18n();
  const target = settings.timeTargetSeconds;
  const rateMet = stats.responseRate !== null && stats.responseRate + 1e-9 >= settings.rateTarget;
  const range = stats.responseTimeRange;
  return (
    <section class="badge-status" aria-labelledby="badge-status-heading">
      <h2 id="badge-status-heading" class={`risk risk-${stats.risk}`}>
        <span class="risk-dot" aria-hidden="true" />
        {t(RISK_KEY[stats.risk])}
        {/* "Not earned" already says it (unless the range leaves it open); the other words need the badge's state beside them. */}
        {(stats.risk !== 'not-earned' || stats.badgeStatus === 'uncertain') && <span class="badge-earned">{t(BADGE_KEY[stats.badgeStatus])}</span>}
      </h2>
      <dl class="figures">
        <Figure
          label={t('popup_rate_label')}
          value={stats.responseRate === null ? t('popup_no_value') : formatRate(stats.responseRate, locale)}
          target={t('popup_target', [formatRate(settings.rateTarget, locale)])}
          met={rateMet ? 'met' : 'missed'}
        />
        <Figure
          label={t('popup_time_label')}
          value={range === null ? t('popup_no_value') : formatDurationRange(range[0], range[1], target, locale)}
          target={t('popup_target', [formatDuration(target, locale)])}
          met={timeTargetMet(range, target)}
        />
      </dl>
      <div class="advice-block">
        <AdviceSentence advice={adviceFor(stats, settings)} now={now} />
        {children}
      </div>
      {awayUntil !== null && awayUntil > now && <p class="away-note">{t('popup_away_until', [formatClockNear(awayUntil, now, locale)])}</p>}
    </section>
  );
}

function Figure({ label, value, target, met }: { label: string; value: string; target: string; met: TargetMet }) {
  const { t } = useI18n();
  return (
    <div class={`figure ${met}`}>
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong> <span class="target">{target}</span>{' '}
        <span class="met-word">{t(MET_KEY[met])}</span>
      </dd>
    </div>
  );
}
