/**
 * The words for a waiting conversation, shared by the inline badge and the popup so that both
 * name its state and its wait the same way in every language.
 */
import type { ThreadStateWord } from '@/core/metrics/types';
import { formatDuration } from './display-format';
import type { MessageKey, Translate } from './i18n';

export const STATE_WORD_KEY: Record<ThreadStateWord, MessageKey> = {
  ok: 'badge_state_ok',
  soon: 'badge_state_soon',
  late: 'badge_state_late',
  closing: 'badge_state_closing',
  expired: 'badge_state_expired',
};

/** Views re-render only now and then, so a wait under a minute is said in words, not counted in seconds. */
export function isUnderAMinute(seconds: number): boolean {
  return seconds < 60;
}

/** "waiting 12 min", "waiting under a minute". */
export function waitedPhrase(t: Translate, seconds: number, locale: string): string {
  return isUnderAMinute(seconds) ? t('badge_waited_under_a_minute') : t('badge_waited', [formatDuration(seconds, locale)]);
}

/** "late in 5 min", "late in under a minute". */
export function lateInPhrase(t: Translate, seconds: number, locale: string): string {
  return isUnderAMinute(seconds) ? t('badge_late_in_under_a_minute') : t('badge_late_in', [formatDuration(seconds, locale)]);
}
