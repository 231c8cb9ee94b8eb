import { useEffect, useRef, useState } from 'preact/hooks';
import { blankTemplate, moveTemplate, removeTemplate, sortedByOrder, templateProblems, upsertTemplate, type Template, type TemplateProblem } from '@/core/templates';
import { useI18n } from '../i18n';
import { templateControl } from './keyboard';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';

export interface TemplatesSectionProps {
  templates: readonly Template[];
  /** Saves the whole list; resolves to what the background stored, rejects with a message. */
  onSave: (templates: Template[]) => Promise<Template[]>;
  newId: () => string;
}

/** Create, edit, delete and reorder templates; every change is saved at once. */
export function TemplatesSection({ templates, onSave, newId }: TemplatesSectionProps) {
  const { t, locale } = useI18n();
  const [list, setList] = useState(() => sortedByOrder(templates));
  const [draft, setDraft] = useState<Template | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [status, setStatus] = useState<string>('');
  // When the editor closes, its template's Edit button (or "New template") takes the focus, not <body>.
  const [closedEditorOf, setClosedEditorOf] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
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

  return (
    <section class="templates" aria-labelledby="templates-heading" ref={section}>
      <h2 id="templates-heading">{t('options_tpl_heading')}</h2>
      <TemplateList
        templates={list}
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
    </section>
  );
}
