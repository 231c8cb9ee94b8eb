import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { blankTemplate, moveTemplate, removeTemplate, sortedByOrder, starterTemplatesToAdd, templateProblems, upsertTemplate, type Template, type TemplateLanguage, type TemplateProblem } from '@/core/templates';
import { useI18n } from '../i18n';
import { templateControl } from './keyboard';
import { StarterTemplates } from './StarterTemplates';
import { TemplateEditor } from './TemplateEditor';
import { ALL_LANGUAGES, TemplateFilter } from './TemplateFilter';
import { TemplateList } from './TemplateList';

export interface TemplatesSectionProps {
  templates: readonly Template[];
  /** Saves the whole list; resolves to what the background stored, rejects with a message. */
  onSave: (templates: Template[]) => Promise<Template[]>;
  newId: () => string;
}

/** Create, edit, delete, reorder and filter templates, add starters; every change is saved at once. */
export function TemplatesSection({ templates, onSave, newId }: TemplatesSectionProps) {
  const { t, locale } = useI18n();
  const [list, setList] = useState(() => sortedByOrder(templates));
  const [draft, setDraft] = useState<Template | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [status, setStatus] = useState<string>('');
  const [shownLanguage, setShownLanguage] = useState<string>(ALL_LANGUAGES);
  const languages = [...new Set(list.map((template) => template.language))];
  const showing = shownLanguage === ALL_LANGUAGES || !languages.includes(shownLanguage) ? ALL_LANGUAGES : shownLanguage;
  const shown = showing === ALL_LANGUAGES ? list : list.filter((template) => template.language === showing);
  // When the editor closes, its template's Edit button (or "New template") takes the focus, not <body>.
  const [closedEditorOf, setClosedEditorOf] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (closedEditorOf === null) return;
    setClosedEditorOf(null);
    (templateControl(section.current, closedEditorOf, 'edit') ?? newButton.current)?.focus();
  }, [closedEditorOf]);
  const closeEditor = () => {
    if (draft) setClosedEditorOf(draft.id);
    setDraft(null);
  };

  const save = async (next: Template[]): Promise<boolean> => {
    try {
      setList(sortedByOrder(await onSave(next)));
      setStatus(t('options_saved'));
      return true;
    } catch (error) {
      setStatus(t('options_save_failed', [error instanceof Error ? error.message : String(error)]));
      return false;
    }
  };

  const edit = (template: Template) => {
    setDraft(template);
    setProblems([]);
    setStatus('');
  };

  const saveDraft = async () => {
    if (!draft) return;
    const found = templateProblems(draft);
    setProblems(found);
    if (found.length === 0 && (await save(upsertTemplate(list, draft)))) closeEditor();
  };

  const addStarters = async (chosen: TemplateLanguage[]): Promise<number> => {
    const starters = starterTemplatesToAdd(chosen, list);
    if (starters.length > 0 && !(await save([...list, ...starters]))) return 0;
    return starters.length;
  };
  const deleteShown = () => {
    const gone = new Set(shown.map((template) => template.id));
    if (draft && gone.has(draft.id)) setDraft(null);
    void save(list.filter((template) => !gone.has(template.id)));
  };

  return (
    <section class="templates" aria-labelledby="templates-heading" ref={section}>
      <h2 id="templates-heading">{t('options_tpl_heading')}</h2>
      {list.length > 0 && <TemplateFilter languages={languages} shown={showing} shownCount={shown.length} onShow={setShownLanguage} onDeleteShown={deleteShown} />}
      <TemplateList
        templates={shown}
        reorderable={showing === ALL_LANGUAGES}
        onEdit={(id) => { const found = list.find((x) => x.id === id); if (found) edit(found); }}
        onMove={(id, step) => void save(moveTemplate(list, id, step))}
        onDelete={(id) => { if (draft?.id === id) setDraft(null); void save(removeTemplate(list, id)); }}
      />
      {draft ? (
        <TemplateEditor key={draft.id} draft={draft} problems={problems} onChange={setDraft} onSave={() => void saveDraft()} onCancel={closeEditor} />
      ) : (
        <button type="button" ref={newButton} onClick={() => edit(blankTemplate(newId(), locale.slice(0, 2) === 'no' ? 'nb' : locale.slice(0, 2)))}>{t('options_tpl_new')}</button>
      )}
      <p class="status" role="status">{status}</p>
      <StarterTemplates onAdd={addStarters} />
    </section>
  );
}
