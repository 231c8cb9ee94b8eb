import { useEffect, useRef, useState } from 'preact/hooks';
import { parseKeywords, renderTemplate, TEMPLATE_LANGUAGES, TEMPLATE_VARIABLES, type Template, type TemplateProblem } from '@/core/templates';
import { useI18n, type MessageKey } from '../i18n';
import { closeOnEscape } from './keyboard';
import { languageName } from './language-name';

export interface TemplateEditorProps {
  draft: Template;
  /** Shown after a save attempt; empty while the user types. */
  problems: readonly TemplateProblem[];
  onChange: (draft: Template) => void;
  onSave: () => void;
  onCancel: () => void;
}

const PROBLEM_KEY: Record<TemplateProblem, MessageKey> = {
  title_missing: 'options_tpl_error_title',
  body_missing: 'options_tpl_error_body',
  unknown_variable: 'options_tpl_error_variable',
  language_unknown: 'options_tpl_error_language',
};

const errorId = (problem: TemplateProblem) => `template-error-${problem}`;
const describedBy = (ids: readonly string[]) => (ids.length ? ids.join(' ') : undefined);

/** One template's form: title, language, keywords, body with variables, and a live preview with sample values. */
export function TemplateEditor({ draft, problems, onChange, onSave, onCancel }: TemplateEditorProps) {
  const { t, locale } = useI18n();
  // The keywords field keeps what is typed (a trailing comma included); the template gets the parsed list.
  const [keywordText, setKeywordText] = useState(draft.keywords.join(', '));
  const sample = { first_name: t('options_tpl_sample_first_name'), page_name: t('options_tpl_sample_page_name'), agent_name: t('options_tpl_sample_agent_name') };
  const invalid = (...which: TemplateProblem[]) => which.some((p) => problems.includes(p));
  /** The ids of the shown errors among `which`, for a field's aria-describedby. */
  const errorsOf = (...which: TemplateProblem[]) => which.filter((p) => problems.includes(p)).map(errorId);
  // The editor opens below a long list: take the keyboard focus there so nobody has to hunt for it.
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    titleField.current?.focus();
    titleField.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  return (
    <form class="template-editor" onSubmit={(e) => { e.preventDefault(); onSave(); }} onKeyDown={closeOnEscape(onCancel)} aria-labelledby="template-editor-heading">
      <h3 id="template-editor-heading">{t('options_tpl_editor_heading')}</h3>
      <label>
        {t('options_tpl_title')}
        <input ref={titleField} value={draft.title} aria-invalid={invalid('title_missing')} aria-describedby={describedBy(errorsOf('title_missing'))} onInput={(e) => onChange({ ...draft, title: e.currentTarget.value })} />
      </label>
      <label>
        {t('options_tpl_language')}
        <select value={draft.language} aria-invalid={invalid('language_unknown')} aria-describedby={describedBy(errorsOf('language_unknown'))} onChange={(e) => onChange({ ...draft, language: e.currentTarget.value })}>
          {TEMPLATE_LANGUAGES.map((code) => <option key={code} value={code}>{languageName(code, locale)}</option>)}
        </select>
      </label>
      <label>
        {t('options_tpl_keywords')}
        <input value={keywordText} onInput={(e) => { setKeywordText(e.currentTarget.value); onChange({ ...draft, keywords: parseKeywords(e.currentTarget.value) }); }} aria-describedby="keywords-help" />
      </label>
      <p id="keywords-help" class="help">{t('options_tpl_keywords_help')}</p>
      <label>
        {t('options_tpl_body')}
        <textarea rows={5} value={draft.body} aria-invalid={invalid('body_missing', 'unknown_variable')} aria-describedby={describedBy(['body-help', ...errorsOf('body_missing', 'unknown_variable')])} onInput={(e) => onChange({ ...draft, body: e.currentTarget.value })} />
      </label>
      <p id="body-help" class="help">{t('options_tpl_variables_help', [TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' ')])}</p>
      <section class="preview" aria-labelledby="preview-heading">
        <h4 id="preview-heading">{t('options_tpl_preview')}</h4>
        <p class="preview-text">{renderTemplate(draft.body, sample)}</p>
      </section>
      {/* The live region stays in place and wraps the list: a list with role="alert" is no list. */}
      <div class="errors" role="alert">
        {problems.length > 0 && <ul>{problems.map((p) => <li key={p} id={errorId(p)}>{t(PROBLEM_KEY[p])}</li>)}</ul>}
      </div>
      <div class="actions">
        <button type="submit">{t('options_tpl_save')}</button>
        <button type="button" onClick={onCancel}>{t('options_cancel')}</button>
      </div>
    </form>
  );
}
