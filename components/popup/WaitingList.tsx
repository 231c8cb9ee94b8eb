import type { WaitingThread } from '@/core/messages';
import { useI18n } from '../i18n';
import { mostPressingState } from '@/core/metrics/thread-states';
import { mostUrgent } from '@/core/metrics/urgency';
import { STATE_WORD_KEY, waitedPhrase } from '../state-words';

export interface WaitingListProps {
  /** The most urgent waiting conversations (the background sends the top of the list). */
  waiting: readonly WaitingThread[];
  /** How many are waiting in all: the rest is summarised as "and N more". */
  total: number;
  now: number;
  /** How many rows to render at most. */
  limit?: number;
  onOpen: (thread: WaitingThread) => void;
}

/** Waiting conversations, most urgent first; each row is a button that opens it in the inbox. */
export function WaitingList({ waiting, total, now, limit = 20, onOpen }: WaitingListProps) {
  const { t, locale } = useI18n();
  const shown = mostUrgent(waiting, limit);
  return (
    <section class="waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('popup_waiting_heading', [total])}</h2>
      {shown.length === 0 ? (
        <p class="empty">{t('popup_waiting_none')}</p>
      ) : (
        <ul class="waiting-list">
          {shown.map((thread) => {
            const word = mostPressingState(thread.states);
            const name = thread.title ?? t('popup_unnamed_conversation');
            const waited = waitedPhrase(t, Math.floor((now - thread.requestAt) / 1000), locale);
            return (
              <li key={thread.threadId}>
                <button type="button" class={`waiting-row state-${word}`} onClick={() => onOpen(thread)} title={t('popup_open_conversation', [name])}>
                  <span class="state-dot" aria-hidden="true" />
                  <span class="waiting-name">{name}</span>
                  <span class="waiting-waited">{waited}</span>
                  <span class="state-word">{t(STATE_WORD_KEY[word])}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {total > shown.length && <p class="more">{t('popup_waiting_more', [total - shown.length])}</p>}
    </section>
  );
}
