import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { backupSize, MAX_BACKUP_BYTES, mebibytes } from '@/core/file-transfer';
import type { ImportResult } from '@/core/messages';
import { useI18n } from '../i18n';
import { closeOnEscape } from './keyboard';

export interface DataSectionProps {
  /** Downloads the export (the page turns the background's text into a file); answers the file's size. */
  onExport: (format: 'json' | 'csv') => Promise<{ bytes: number }>;
  /** Reads the file (its size already checked) and has the background validate it; on error nothing has changed. */
  onImport: (file: File) => Promise<ImportResult>;
  onDeleteAll: () => Promise<void>;
}

/** `warning`: done, but the user should know something (shown as a status, styled like an error). */
type Note = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

/** Export (JSON, CSV), import a JSON backup, delete everything after a confirmation step. */
export function DataSection({ onExport, onImport, onDeleteAll }: DataSectionProps) {
  const { t } = useI18n();
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);
  // Opening the confirmation focuses its safe answer; closing it, the button that opened it.
  const deleteAllButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmationSeen = useRef(false);
  useLayoutEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (confirmationSeen.current) deleteAllButton.current?.focus();
    confirmationSeen.current ||= confirming;
  }, [confirming]);
  const failed = (error: unknown) => setNote({ kind: 'error', text: t('options_data_failed', [error instanceof Error ? error.message : String(error)]) });

  const exportAs = (format: 'json' | 'csv') => onExport(format).then(({ bytes }) => {
    const near = format === 'json' && backupSize(bytes) === 'near';
    setNote(near ? { kind: 'warning', text: t('options_export_near_limit', [mebibytes(bytes), mebibytes(MAX_BACKUP_BYTES)]) } : { kind: 'ok', text: t('options_data_exported') });
  }, failed);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked before the file is read: a file too large to import is not loaded into memory at all.
    if (file.size > MAX_BACKUP_BYTES) {
      setNote({ kind: 'error', text: t('options_import_failed', [t('import_error_too_large')]) });
      return;
    }
    try {
      const result = await onImport(file);
      setNote(result.ok ? { kind: 'ok', text: t('options_import_done', [result.messages, result.threads]) } : { kind: 'error', text: t('options_import_failed', [result.error]) });
    } catch (error) {
      failed(error);
    }
  };

  const deleteAll = () => {
    setConfirming(false);
    onDeleteAll().then(() => setNote({ kind: 'ok', text: t('options_delete_done') }), failed);
  };

  return (
    <section class="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_data_heading')}</h2>
      <p class="help">{t('options_data_help')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAs('json')}>{t('options_export_json')}</button>
        <button type="button" onClick={() => void exportAs('csv')}>{t('options_export_csv')}</button>
      </div>
      <label class="import">
        {t('options_import')}
        <input type="file" accept="application/json,.json" onChange={(e) => { const input = e.currentTarget; void importFile(input.files?.[0]).then(() => { input.value = ''; }); }} />
      </label>
      <div class="delete-all">
        {confirming ? (
          <div role="group" aria-labelledby="delete-confirm-text" onKeyDown={closeOnEscape(() => setConfirming(false))}>
            <p id="delete-confirm-text">{t('options_delete_confirm')}</p>
            <button type="button" class="danger" onClick={deleteAll}>{t('options_delete_yes')}</button>
            <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>{t('options_cancel')}</button>
          </div>
        ) : (
          <button type="button" class="danger" ref={deleteAllButton} onClick={() => setConfirming(true)}>{t('options_delete_all')}</button>
        )}
      </div>
      {note && <p class={note.kind === 'ok' ? 'status' : 'field-error'} role={note.kind === 'error' ? 'alert' : 'status'}>{note.text}</p>}
    </section>
  );
}
