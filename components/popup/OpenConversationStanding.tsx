import type { RequestStanding } from '@/core/metrics';
import { useI18n } from '../i18n';
import { STANDING_KEY } from '../request-standing-text';

/** Whether the conversation open in the inbox counts in the figures, and if not why (nothing when unknown). */
export function OpenConversationStanding({ standing }: { standing: RequestStanding | null }) {
  const { t } = useI18n();
  if (standing === null) return null;
  return <p class={`open-standing ${standing === 'counts' ? 'counts' : 'not-counted'}`}>{t('popup_open_standing', [t(STANDING_KEY[standing])])}</p>;
}
