/**
 * Export, import and delete-all for the options page. An import is checked in full (size,
 * JSON, format, version, every record) before anything is written; a bad file changes nothing
 * and says why in the user's language.
 */
import type { MessageKey } from '@/core/i18n';
import type { ExportStarted, ImportResult } from '@/core/messages';
import { backupSize, MAX_BACKUP_BYTES, mebibytes } from '@/core/file-transfer';
import { clearSettings, loadAllSettings, replaceAllSettings } from '@/core/settings';
import { clearAgentNames, loadAllAgentNames, replaceAllAgentNames } from '@/core/agent-names';
import { BACKUP_FORMAT, BACKUP_VERSION, deleteEverything, parseBackup, readEverything, replaceEverything, type Backup } from '@/core/store/backup';
import { StoreWriteError, type StoreWriteReason } from '@/core/store/write-error';
import { localeText } from './locale-text';
import { holdForSending } from './file-parts';
import { forgetPageFigures } from './page-figures';
import { requestsCsv } from './requests-csv';

function fileStamp(now: number): string {
  return new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

/** An export file: its name and its text (a JSON backup, or the requests as CSV). */
export interface ExportFile { fileName: string; text: string }

export async function exportData(format: 'json' | 'csv', now: number): Promise<ExportFile> {
  if (format === 'csv') return { fileName: `replyclock-requests-${fileStamp(now)}.csv`, text: await requestsCsv(now) };
  const [stored, settings, agentNames] = await Promise.all([readEverything(), loadAllSettings(), loadAllAgentNames()]);
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...stored, settings, agentNames };
  return { fileName: `replyclock-backup-${fileStamp(now)}.json`, text: JSON.stringify(backup) };
}

/** What the user reads when an import could not be written (the store's own messages speak of what it saw). */
const IMPORT_WRITE_ERRORS: Record<StoreWriteReason, MessageKey> = { quota: 'import_error_quota', write: 'import_error_write' };

/** Imports an export file at `now`: checked in full first, then applied all or nothing. */
/**
 * Makes the export and holds it for the options page to fetch in parts. A backup larger than an
 * import reads is refused with a message: every file written here imports.
 */
export async function startExport(format: 'json' | 'csv', now: number): Promise<ExportStarted> {
  const { fileName, text } = await exportData(format, now);
  const bytes = new TextEncoder().encode(text).length;
  if (format === 'json' && backupSize(bytes) === 'over') throw new Error(localeText('export_error_too_large', [mebibytes(bytes), mebibytes(MAX_BACKUP_BYTES)]));
  return { fileName, bytes, ...holdForSending(text) };
}

export async function importData(json: string, now: number): Promise<ImportResult> {
  const check = parseBackup(json, now);
  if (!check.ok) {
    const reason = localeText(check.error);
    return { ok: false, error: check.detail ? `${reason} (${check.detail})` : reason };
  }
  try {
    await applyBackup(check.backup);
  } catch (error) {
    return { ok: false, error: localeText(IMPORT_WRITE_ERRORS[StoreWriteError.from(error).reason]) }; // nothing was replaced
  } finally {
    forgetPageFigures(); // the figures are rebuilt from what is stored now, whatever happened
  }
  return { ok: true, messages: check.backup.messages.length, threads: check.backup.threads.length };
}

/** Settings first, as they can be put back; then the store in one transaction; on failure the old settings return. */
async function applyBackup(backup: Backup): Promise<void> {
  const [previous, previousNames] = await Promise.all([loadAllSettings(), loadAllAgentNames()]);
  await Promise.all([replaceAllSettings(backup.settings), replaceAllAgentNames(backup.agentNames ?? {})]);
  try {
    await replaceEverything(backup);
  } catch (error) {
    await Promise.all([replaceAllSettings(previous), replaceAllAgentNames(previousNames)]);
    throw error;
  }
}

export async function deleteAllData(): Promise<{ ok: true }> {
  await deleteEverything();
  await clearSettings();
  await clearAgentNames();
  forgetPageFigures();
  return { ok: true };
}
