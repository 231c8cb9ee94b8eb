/** Why a conversation counts, or not (core/metrics/request-standing.ts), as a message key. */
import type { RequestStanding } from '@/core/metrics';
import type { MessageKey } from './i18n';

export const STANDING_KEY: Record<RequestStanding, MessageKey> = {
  counts: 'standing_counts',
  'after-page-message': 'standing_after_page_message',
  'follow-up': 'standing_follow_up',
  spam: 'standing_spam',
  'done-without-reply': 'standing_done_without_reply',
  away: 'standing_away',
  'other-channel': 'standing_other_channel',
};
