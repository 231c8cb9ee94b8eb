import type { ThreadToOpen, UnreadConversation } from '@/core/messages';
import { useI18n } from '../i18n';
import { ConversationsToOpen } from './ConversationsToOpen';

export interface NotYetReadProps {
  /** The most recent ones (the background sends the top of the list). */
  conversations: readonly UnreadConversation[];
  total: number;
  onOpen: (conversation: ThreadToOpen) => void;
  /** Shown open; folded to its heading when waiting customers or suggestions need the popup's room (600 px). */
  open: boolean;
}

/** Conversations whose list row shows more than was read of them (R14); each row opens it in the inbox. */
export function NotYetRead({ conversations, total, onOpen, open }: NotYetReadProps) {
  const { t } = useI18n();
  return (
    <ConversationsToOpen
      kind="not-yet-read" heading={t('popup_not_yet_read_heading', [total])}
      conversations={conversations} total={total} onOpen={onOpen} open={open}
      note={`${t('popup_not_yet_read_note')} ${t('popup_unlisted_note')}`}
    />
  );
}
