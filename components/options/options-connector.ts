/** Everything the options page asks of the background and the browser, in one place. */
import { sendToBackground, type ImportResult } from '@/core/messages';
import { textParts } from '@/core/file-transfer';
import type { Settings } from '@/core/settings';
import type { Template } from '@/core/templates';
import { downloadFile } from '@/components/file-download';

export const fetchTemplates = () => sendToBackground('uiToBackground:templates', null);
export const saveTemplates = (templates: Template[]) => sendToBackground('optionsToBackground:saveTemplates', { templates });
export const fetchPages = () => sendToBackground('uiToBackground:pages', null);

/** A Page's settings and, for a real Page, until when it is Away. */
export async function fetchSettings(pageId: string | null): Promise<{ settings: Settings; awayUntil: number | null }> {
  const settings = await sendToBackground('uiToBackground:settings', { pageId });
  const overview = pageId ? await sendToBackground('uiToBackground:overview', { pageId }).catch(() => null) : null;
  return { settings, awayUntil: overview?.awayUntil ?? null };
}

/** Null when saved, else the background's reason (already in the user's language). */
export async function saveSettings(pageId: string | null, settings: Settings): Promise<string | null> {
  const reply = await sendToBackground('uiToBackground:saveSettings', { pageId, settings });
  return reply.ok ? null : reply.error;
}

export async function setAway(pageId: string, away: boolean): Promise<number | null> {
  return (await sendToBackground('uiToBackground:setAway', { pageId, away })).awayUntil;
}

/**
 * Downloads the export, which comes from the worker in parts (core/file-transfer.ts); returns
 * its size in bytes.
 */
export async function downloadExport(format: 'json' | 'csv'): Promise<{ bytes: number }> {
  const { fileName, transferId, parts, bytes } = await sendToBackground('optionsToBackground:export', { format });
  const texts: string[] = [];
  for (let index = 0; index < parts; index++) texts.push((await sendToBackground('optionsToBackground:exportPart', { transferId, index })).text);
  downloadFile(fileName, texts, format === 'json' ? 'application/json' : 'text/csv');
  return { bytes };
}

/** Reads an export file and sends it to the worker in parts; the caller has checked its size. */
export async function importBackup(file: File): Promise<ImportResult> {
  const parts = textParts(await file.text());
  const transferId = crypto.randomUUID();
  for (const [index, text] of parts.entries()) await sendToBackground('optionsToBackground:importPart', { transferId, index, text });
  return sendToBackground('optionsToBackground:import', { transferId, parts: parts.length });
}

export async function deleteAll(): Promise<void> {
  await sendToBackground('optionsToBackground:deleteAll', null);
}

export const fetchAgentNames = (pageId: string) => sendToBackground('optionsToBackground:agentNames', { pageId });
export const saveAgentNames = async (pageId: string, names: Record<string, string>): Promise<boolean> =>
  (await sendToBackground('optionsToBackground:saveAgentNames', { pageId, names })).ok;
