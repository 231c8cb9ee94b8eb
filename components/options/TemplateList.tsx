import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isUneditedStarter, type Template } from '@/core/templates';
import { useI18n } from '../i18n';
import { closeOnEscape, templateControl, type TemplateControl } from './keyboard';
import { languageName } from './language-name';

export interface TemplateListProps {
  /** In the user's order. */
  templates: readonly Template[];
  /** False while a filter hides some: a move would jump over templates out of sight. */
  reorderable?: boolean;
  onEdit: (id: string) => void;
  onMove: (id: string, step: -1 | 1) => void;
  onDelete: (id: string) => void;
}

/**
 * The control to focus after an action took the focused button away. `until`: wait until the list
 * is no longer this one (a move is saved first, and the row only then reaches an end).
 */
type FocusRequest = { id: string; control: TemplateControl | 'empty'; until?: readonly Template[] };

/** The user's templates with up/down, edit and delete (asked to confirm) buttons, all keyboard reachable. */
export function TemplateList({ templates, reorderable = true, onEdit, onMove, onDelete }: TemplateListProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (!focusRequest || focusRequest.until === templates) return;
    setFocusRequest(null);
    (focusRequest.control === 'empty' ? empty.current : templateControl(list.current, focusRequest.id, focusRequest.control))?.focus();
  }, [focusRequest, templates]);

  const askToDelete = (id: string) => { setConfirming(id); setFocusRequest({ id, control: 'keep' }); };
  const keep = (id: string) => { setConfirming(null); setFocusRequest({ id, control: 'delete' }); };
  const remove = (index: number) => {
    const neighbour = templates[index + 1] ?? templates[index - 1];
    setConfirming(null);
    setFocusRequest(neighbour ? { id: neighbour.id, control: 'edit' } : { id: '', control: 'empty', until: templates });
    onDelete(templates[index]!.id);
  };
  const move = (id: string, step: -1 | 1) => { setFocusRequest({ id, control: step < 0 ? 'up' : 'down', until: templates }); onMove(id, step); };

  if (templates.length === 0) return <p class="empty" ref={empty} tabIndex={-1}>{t('options_tpl_empty')}</p>;
  return (
    <ol class="template-list" ref={list}>
      {templates.map((template, index) => {
        const title = template.title || t('options_tpl_untitled');
        return (
          <li key={template.id} class="template-row" data-template-id={template.id}>
            <span class="template-title">{title}</span>
            {isUneditedStarter(template) && <span class="edit-before-use">{t('options_tpl_edit_before_use')}</span>}
            <span class="template-meta">{languageName(template.language, locale)} · {t('options_tpl_used', [template.usage])}</span>
            <span class="template-actions">
              {reorderable && (
                <>
                  <button type="button" data-control="up" disabled={index === 0} onClick={() => move(template.id, -1)} aria-label={t('options_tpl_move_up', [title])}>↑</button>
                  <button type="button" data-control="down" disabled={index === templates.length - 1} onClick={() => move(template.id, 1)} aria-label={t('options_tpl_move_down', [title])}>↓</button>
                </>
              )}
              <button type="button" data-control="edit" onClick={() => onEdit(template.id)} aria-label={t('options_tpl_edit_named', [title])}>{t('options_tpl_edit')}</button>
              {confirming === template.id ? (
                // biome-ignore lint/a11y/useSemanticElements: an inline confirmation in a list row; a fieldset would break the row
                <span role="group" aria-label={t('options_tpl_confirm_delete', [title])} onKeyDown={closeOnEscape(() => keep(template.id))}>
                  <span class="confirm-text">{t('options_tpl_confirm_delete', [title])}</span>
                  <button type="button" class="danger" onClick={() => remove(index)}>{t('options_tpl_delete_yes')}</button>
                  <button type="button" data-control="keep" onClick={() => keep(template.id)}>{t('options_tpl_delete_no')}</button>
                </span>
              ) : (
                <button type="button" data-control="delete" onClick={() => askToDelete(template.id)} aria-label={t('options_tpl_delete_named', [title])}>{t('options_tpl_delete')}</button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
