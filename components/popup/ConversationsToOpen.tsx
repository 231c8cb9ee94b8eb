import type { ComponentChildren } from 'preact';
import type { ThreadToOpen } from '@/core/messages';
import { useI18n } from '../i18n';

/** Rows shown; the rest are counted ("and 7 more"), so an unfolded list keeps the popup to 600 px. Opening one closes the popup, and the next shows. */
export const CONVERSATION_ROWS = 5;

export interface ConversationsToOpenProps {
  /** Names the list in the page (its class, its rows' class `${kind}-row`, its heading's id `${kind}-heading`). */
  kind: string;
  heading: string;
  /** The first ones (the background sends the top of the list). */
  conversations: readonly ThreadToOpen[];
  total: number;
  onOpen: (conversation: ThreadToOpen) => void;
  /** Shown open; folded to its heading when waiting customers or suggestions need the popup's room (600 px). */
  open: boolean;
  /** Under the list: what opening one does. */
  note: ComponentChildren;
}

/** A foldable list of conversations, each a button that opens it in the inbox. */
export function ConversationsToOpen({ kind, heading, conversations, total, onOpen, open, note }: ConversationsToOpenProps) {
  const { t } = useI18n();
  if (total === 0) return null;
  const shown = conversations.slice(0, CONVERSATION_ROWS);
  return (
    <details class={`conversations-to-open ${kind}`} open={open}>
      <summary>
        <h2 id={`${kind}-heading`}>{heading}</h2>
      </summary>
      <ul class="conversations-to-open-list">
        {shown.map((conversation) => {
          const name = conversation.title ?? t('popup_unnamed_conversation');
          return (
            <li key={conversation.threadId ?? conversation.rowKey ?? name}>
              <button type="button" class={`conversation-to-open ${kind}-row`} onClick={() => onOpen(conversation)} title={t('popup_open_conversation', [name])}>
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      {total > shown.length && <p class="more">{t('popup_waiting_more', [total - shown.length])}</p>}
      <p class="note">{note}</p>
    </details>
  );
}
