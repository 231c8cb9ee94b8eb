import { formatClockNear, formatDuration, formatRate } from '../display-format';
import { pluralKey, useI18n } from '../i18n';
import type { Advice } from './badge-advice';

/** Renders an `Advice` in the user's language, with counts, times and targets formatted by Intl. */
export function AdviceSentence({ advice, now }: { advice: Advice; now: number }) {
  const { t, locale } = useI18n();
  const text = (() => {
    switch (advice.key) {
      case 'popup_advice_empty':
        return t(advice.key, [advice.days]);
      case 'popup_advice_answer_by_keep':
      case 'popup_advice_answer_by_earn':
      case 'popup_advice_answer_by_keep_sure':
      case 'popup_advice_answer_by_earn_sure':
        return t(pluralKey(advice.key, advice.count, locale), [advice.count, formatClockNear(advice.by, now, locale)]);
      case 'popup_advice_answer_now_keep':
      case 'popup_advice_answer_now_earn':
      case 'popup_advice_misses_allowed':
        return t(pluralKey(advice.key, advice.count, locale), [advice.count]);
      case 'popup_advice_no_miss':
        return t(advice.key);
      case 'popup_advice_answers_needed':
      case 'popup_advice_waiting_then_more':
        return t(pluralKey(advice.key, advice.count, locale), [advice.count, formatRate(advice.rateTarget, locale)]);
      case 'popup_advice_waiting_then_faster':
        return t(pluralKey(advice.key, advice.count, locale), [advice.count, formatDuration(advice.timeTargetSeconds, locale)]);
      case 'popup_advice_faster':
      case 'popup_advice_uncertain_time':
        return t(advice.key, [formatDuration(advice.timeTargetSeconds, locale)]);
    }
  })();
  return <p class="advice">{advice.hedged ? `${text} ${t('popup_advice_hedge')}` : text}</p>;
}
