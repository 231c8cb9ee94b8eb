import type { RangedReplies, ThreadToOpen } from '@/core/messages';
import { pluralKey, useI18n } from '../i18n';
import { ConversationsToOpen } from './ConversationsToOpen';

export interface RangedTimesProps {
  ranged: RangedReplies;
  windowDays: number;
  onOpen: (conversation: ThreadToOpen) => void;
  /** The list shown open; folded when waiting customers or suggestions need the popup's room. */
  open: boolean;
}

/**
 * Beside an uncertain badge (R13): why it is uncertain, and what would settle it. Opening pins only
 * a thread's latest message, so it is offered only for those; the rest settle only with time.
 */
export function RangedTimes({ ranged, windowDays, onOpen, open }: RangedTimesProps) {
  const { t, locale } = useI18n();
  if (ranged.count === 0) return null;
  const pinnable = ranged.pinnableCount;
  return (
    <>
      {/* Inline after the advice: the popup keeps to 600 px. */}
      {' '}
      <span class="ranged-times">
        <span class="ranged-count">{t(pluralKey('popup_ranged_replies', ranged.count, locale), [ranged.count])}</span>
        {pinnable === 0 && <> <span class="settle-in-time">{t('popup_ranged_settle_in_time', [windowDays])}</span></>}
      </span>
      <ConversationsToOpen
        kind="pinnable" heading={t(pluralKey('popup_open_to_pin', pinnable, locale), [pinnable])}
        conversations={ranged.pinnable} total={pinnable} onOpen={onOpen} open={open}
        note={t('popup_open_to_pin_note')}
      />
      {pinnable > 0 && pinnable < ranged.count && <p class="settle-in-time">{t('popup_ranged_others_settle_in_time', [windowDays])}</p>}
    </>
  );
}
