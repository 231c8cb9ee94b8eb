import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { closeOnEscape } from './keyboard';
import { languageName } from './language-name';

/** The filter's value: a template language, or every template. */
export const ALL_LANGUAGES = 'all';

export interface TemplateFilterProps {
  /** The languages of the user's templates, in list order. */
  languages: readonly string[];
  shown: string;
  shownCount: number;
  onShow: (language: string) => void;
  /** Deletes every template shown (asked to confirm first). */
  onDeleteShown: () => void;
}

/** Shows the templates of one language, and deletes all those shown at once. */
export function TemplateFilter({ languages, shown, shownCount, onShow, onDeleteShown }: TemplateFilterProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  // The confirmation focuses its safe answer; closing it gives the focus back, never to <body>
  // (in a layout effect: before the next paint, so a key pressed at once lands on it).
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const filter = useRef<HTMLSelectElement>(null);
  const [focusAfter, setFocusAfter] = useState<'cancel' | 'delete' | 'filter' | null>(null);
  useLayoutEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(null);
    ({ cancel: cancelButton, delete: deleteButton, filter }[focusAfter].current ?? filter.current)?.focus();
  }, [focusAfter]);
  const ask = () => { setConfirming(true); setFocusAfter('cancel'); };
  const keep = () => { setConfirming(false); setFocusAfter('delete'); };
  const confirm = () => { setConfirming(false); setFocusAfter('filter'); onDeleteShown(); };

  return (
    <div class="template-filter">
      <label class="inline">
        {t('options_tpl_filter')}
        <select ref={filter} value={shown} onChange={(e) => { setConfirming(false); onShow(e.currentTarget.value); }}>
          <option value={ALL_LANGUAGES}>{t('options_tpl_filter_all')}</option>
          {languages.map((language) => <option key={language} value={language}>{languageName(language, locale)}</option>)}
        </select>
      </label>
      {confirming ? (
        // biome-ignore lint/a11y/useSemanticElements: a confirmation inside the filter, not a form's fieldset (no legend, no border)
        <div role="group" aria-labelledby="delete-shown-text" onKeyDown={closeOnEscape(keep)}>
          <p id="delete-shown-text">{t('options_tpl_delete_shown_confirm', [shownCount])}</p>
          <button type="button" class="danger" onClick={confirm}>{t('options_tpl_delete_shown_yes')}</button>
          <button type="button" ref={cancelButton} onClick={keep}>{t('options_cancel')}</button>
        </div>
      ) : (
        shownCount > 0 && <button type="button" class="danger" ref={deleteButton} onClick={ask}>{t('options_tpl_delete_shown', [shownCount])}</button>
      )}
    </div>
  );
}
