import type { ConversationRef } from '@/core/inbox/types';
import { useI18n } from '../i18n';

export interface Suggestion {
  templateId: string;
  title: string;
  /** The template rendered for this conversation (variables filled). */
  text: string;
  /** The conversation it was rendered for: the inbox refuses to insert it into another. */
  conversation: ConversationRef;
  /** A starter whose example policies were never edited: marked so the user checks it first. */
  uneditedStarter?: boolean;
}

/** Where the suggestions stand: still asking the inbox tab, none open, or ready. */
export type SuggestionsState =
  | { kind: 'loading' }
  | { kind: 'no-conversation' }
  | { kind: 'ready'; suggestions: Suggestion[]; composerFound: boolean };

/** What happened to the last template the user chose. */
export type UseOutcome = { templateId: string; result: 'inserted' | 'copied' | 'failed' | 'other-conversation' } | null;

export interface TemplateSuggestionsProps {
  state: SuggestionsState;
  outcome: UseOutcome;
  onUse: (suggestion: Suggestion) => void;
}

const OUTCOME_KEY = { inserted: 'popup_tpl_inserted', copied: 'popup_tpl_copied', failed: 'popup_tpl_failed', 'other-conversation': 'popup_tpl_other_conversation' } as const;

/** The top templates for the open conversation, each inserted (or copied) with one click or Enter. */
export function TemplateSuggestions({ state, outcome, onUse }: TemplateSuggestionsProps) {
  const { t } = useI18n();
  return (
    <section class="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('popup_tpl_heading')}</h2>
      {state.kind === 'loading' && <p class="empty">{t('popup_loading')}</p>}
      {state.kind === 'no-conversation' && <p class="empty">{t('popup_tpl_no_conversation')}</p>}
      {state.kind === 'ready' && state.suggestions.length === 0 && <p class="empty">{t('popup_tpl_none')}</p>}
      {state.kind === 'ready' && state.suggestions.length > 0 && (
        <ul class="suggestion-list">
          {state.suggestions.map((s) => (
            <li key={s.templateId}>
              <button type="button" class="suggestion" onClick={() => onUse(s)}>
                <span class="suggestion-action">{t(state.composerFound ? 'popup_tpl_insert' : 'popup_tpl_copy', [s.title])}</span>
                {/* The mark starts the preview line: the title keeps the whole width, and the 600 px popup no height is lost. */}
                <span class="suggestion-body">
                  {s.uneditedStarter && <span class="edit-before-use">{t('options_tpl_edit_before_use')}</span>}
                  <span class="suggestion-text">{s.text}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="outcome" role="status">
        {outcome && t(OUTCOME_KEY[outcome.result])}
      </p>
    </section>
  );
}
