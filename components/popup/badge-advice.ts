import type { OverviewStats } from '@/core/messages';
import { answersNeeded } from '@/core/metrics';
import type { Settings } from '@/core/settings';

/**
 * The one sentence that tells the user what to do, from the engine's projections (rules R11–R12).
 * Returned as a message key and its values so the view translates and formats it; `count` picks
 * the plural form (`<key>_one` / `<key>_other`). `hedged`: bounded times (R13) leave the risk or
 * the deadline open and nothing in the sentence settles it, so the view says it may be off.
 */
export type Advice = (
  | { key: 'popup_advice_empty'; days: number }
  | { key: 'popup_advice_answer_by_keep' | 'popup_advice_answer_by_earn'; count: number; by: number }
  | { key: 'popup_advice_answer_by_keep_sure' | 'popup_advice_answer_by_earn_sure'; count: number; by: number }
  | { key: 'popup_advice_answer_now_keep' | 'popup_advice_answer_now_earn'; count: number }
  | { key: 'popup_advice_misses_allowed'; count: number }
  | { key: 'popup_advice_no_miss' }
  | { key: 'popup_advice_answers_needed' | 'popup_advice_waiting_then_more'; count: number; rateTarget: number }
  | { key: 'popup_advice_waiting_then_faster'; count: number; timeTargetSeconds: number }
  | { key: 'popup_advice_faster' | 'popup_advice_uncertain_time'; timeTargetSeconds: number }
) & { hedged?: boolean };

export function adviceFor(stats: OverviewStats, settings: Settings): Advice {
  const advice = plainAdviceFor(stats, settings);
  const settled = advice.key === 'popup_advice_answer_by_keep_sure' || advice.key === 'popup_advice_answer_by_earn_sure' || advice.key === 'popup_advice_uncertain_time';
  return !settled && (stats.riskUncertain || stats.answerAllByUncertain) ? { ...advice, hedged: true } : advice;
}

function plainAdviceFor(stats: OverviewStats, settings: Settings): Advice {
  if (stats.requests === 0) return { key: 'popup_advice_empty', days: settings.windowDays };
  const count = stats.pending;
  if (count === 0 && stats.badgeStatus === 'uncertain') return { key: 'popup_advice_uncertain_time', timeTargetSeconds: settings.timeTargetSeconds };
  // R13: when the deadline is uncertain, the slow end's deadline holds whatever the times were.
  const sure = stats.answerAllByUncertain && stats.answerAllBySlowEnd !== null ? stats.answerAllBySlowEnd : null;
  switch (stats.risk) {
    case 'safe':
    case 'at-risk':
      if (count > 0) {
        if (sure !== null) return { key: 'popup_advice_answer_by_keep_sure', count, by: sure };
        return stats.answerAllBy !== null
          ? { key: 'popup_advice_answer_by_keep', count, by: stats.answerAllBy }
          : { key: 'popup_advice_answer_now_keep', count };
      }
      return stats.missesAllowed > 0 ? { key: 'popup_advice_misses_allowed', count: stats.missesAllowed } : { key: 'popup_advice_no_miss' };
    case 'recoverable':
      if (sure !== null) return { key: 'popup_advice_answer_by_earn_sure', count, by: sure };
      return stats.answerAllBy !== null
        ? { key: 'popup_advice_answer_by_earn', count, by: stats.answerAllBy }
        : { key: 'popup_advice_answer_now_earn', count };
    case 'not-earned':
      // R11's answers needed counts the waiting requests as never answered; while some wait,
      // answering them comes first, and the sentence says what is left after that.
      if (count > 0) {
        const more = answersNeeded(stats.answered + count, stats.requests, settings.rateTarget);
        return more > 0
          ? { key: 'popup_advice_waiting_then_more', count: more, rateTarget: settings.rateTarget }
          : { key: 'popup_advice_waiting_then_faster', count, timeTargetSeconds: settings.timeTargetSeconds };
      }
      if (stats.answersNeeded > 0) return { key: 'popup_advice_answers_needed', count: stats.answersNeeded, rateTarget: settings.rateTarget };
      return { key: 'popup_advice_faster', timeTargetSeconds: settings.timeTargetSeconds };
  }
}
