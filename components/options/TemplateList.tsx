import { useState } from 'preact/hooks';
import type { Template } from '@/core/templates';
import { useI18n } from '../i18n';
import { languageName } from './language-name';

export interface TemplateListProps {
  /** In the user's order. */
  templates: readonly Template[];
  onEdit: (id: string) => void;
  onMove: (id: string, step: -1 | 1) => void;
  onDelete: (id: string) => void;
}

/** The user's templates with up/down, edit and delete (asked to confirm) buttons, all keyboard reachable. */
export function TemplateList({ templates, onEdit, onMove, onDelete }: TemplateListProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (templates.length === 0) return <p class="empty">{t('options_tpl_empty')}</p>;
  return (
    <ol class="template-list">
      {templates.map((template, index) => {
        const title = template.title || t('options_tpl_untitled');
        return (
          <li key={template.id} class="template-row">
            <span class="template-title">{title}</span>
            <span class="template-meta">{languageName(template.language, locale)} · {t('options_tpl_used', [template.usage])}</span>
            <span class="template-actions">
              <button type="button" disabled={index === 0} onClick={() => onMove(template.id, -1)} aria-label={t('options_tpl_move_up', [title])}>↑</button>
              <button type="button" disabled={index === templates.length - 1} onClick={() => onMove(template.id, 1)} aria-label={t('options_tpl_move_down', [title])}>↓</button>
              <button type="button" onClick={() => onEdit(template.id)} aria-label={t('options_tpl_edit_named', [title])}>{t('options_tpl_edit')}</button>
              {confirming === template.id ? (
                // biome-ignore lint/a11y/useSemanticElements: an inline confirmation in a list row; a fieldset would break the row
                <span role="group" aria-label={t('options_tpl_confirm_delete', [title])}>
                  <span class="confirm-text">{t('options_tpl_confirm_delete', [title])}</span>
                  <button type="button" class="danger" onClick={() => { setConfirming(null); onDelete(template.id); }}>{t('options_tpl_delete_yes')}</button>
                  <button type="button" onClick={() => setConfirming(null)}>{t('options_tpl_delete_no')}</button>
                </span>
              ) : (
                <button type="button" onClick={() => setConfirming(template.id)} aria-label={t('options_tpl_delete_named', [title])}>{t('options_tpl_delete')}</button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
