import type { UnreadConversation } from '@/core/messages';
import { useI18n } from '../i18n';

export interface NotYetReadProps {
  /** The most recent ones (the background sends the top of the list). */
  conversations: readonly UnreadConversation[];
  total: number;
  onOpen: (conversation: UnreadConversation) => void;
  /** Shown open; folded to its heading when waiting customers or suggestions need the popup's room (600 px). */
  open: boolean;
}

/** Conversations whose list row shows more than was read of them (R14); each row opens it in the inbox. */
export function NotYetRead({ conversations, total, onOpen, open }: NotYetReadProps) {
  const { t } = useI18n();
  if (total === 0) return null;
  return (
    <details class="not-yet-read" open={open}>
      <summary>
        <h2 id="not-yet-read-heading">{t('popup_not_yet_read_heading', [total])}</h2>
      </summary>
      <ul class="not-yet-read-list">
        {conversations.map((conversation) => {
          const name = conversation.title ?? t('popup_unnamed_conversation');
          return (
            <li key={conversation.threadId ?? conversation.rowKey ?? name}>
              <button type="button" class="not-yet-read-row" onClick={() => onOpen(conversation)} title={t('popup_open_conversation', [name])}>
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      {total > conversations.length && <p class="more">{t('popup_waiting_more', [total - conversations.length])}</p>}
      <p class="note">{t('popup_not_yet_read_note')} {t('popup_unlisted_note')}</p>
    </details>
  );
}
