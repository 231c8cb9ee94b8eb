import type { OverviewStats } from '@/core/messages';
import type { Settings } from '@/core/settings';

/**
 * The one sentence that tells the user what to do, from the engine's projections (rules R11–R12).
 * Returned as a message key and its values so the view translates and formats it; `count` picks
 * the plural form (`<key>_one` / `<key>_other`).
 */
export type Advice =
  | { key: 'popup_advice_empty'; days: number }
  | { key: 'popup_advice_answer_by_keep' | 'popup_advice_answer_by_earn'; count: number; by: number }
  | { key: 'popup_advice_answer_now_keep' | 'popup_advice_answer_now_earn'; count: number }
  | { key: 'popup_advice_misses_allowed'; count: number }
  | { key: 'popup_advice_no_miss' }
  | { key: 'popup_advice_answers_needed'; count: number; rateTarget: number }
  | { key: 'popup_advice_faster'; timeTargetSeconds: number };

export function adviceFor(stats: OverviewStats, settings: Settings): Advice {
  if (stats.requests === 0) return { key: 'popup_advice_empty', days: settings.windowDays };
  const count = stats.pending;
  switch (stats.risk) {
    case 'safe':
    case 'at-risk':
      if (count > 0) {
        return stats.answerAllBy !== null
          ? { key: 'popup_advice_answer_by_keep', count, by: stats.answerAllBy }
          : { key: 'popup_advice_answer_now_keep', count };
      }
      return stats.missesAllowed > 0 ? { key: 'popup_advice_misses_allowed', count: stats.missesAllowed } : { key: 'popup_advice_no_miss' };
    case 'recoverable':
      return stats.answerAllBy !== null
        ? { key: 'popup_advice_answer_by_earn', count, by: stats.answerAllBy }
        : { key: 'popup_advice_answer_now_earn', count };
    case 'not-earned':
      if (stats.answersNeeded > 0) return { key: 'popup_advice_answers_needed', count: stats.answersNeeded, rateTarget: settings.rateTarget };
      return { key: 'popup_advice_faster', timeTargetSeconds: settings.timeTargetSeconds };
  }
}
