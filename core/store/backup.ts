/**
 * The export file and its import: a versioned JSON of everything the user has (Pages, threads,
 * messages, Away, templates, settings). An import is validated in full before anything is
 * written, then replaces the store in one transaction: a bad file changes nothing.
 */
import * as v from 'valibot';
import type { MessageKey } from '@/core/i18n';
import { isNumericId } from '@/core/inbox/inbox-url';
import { MAX_BACKUP_BYTES } from '@/core/file-transfer';
import { SettingsSchema, type StoredSettings } from '@/core/settings';
import { AgentNamesSchema, type AllAgentNames } from '@/core/agent-names';
import { openStore, recreateStore } from './connection';
import { writeAllOrNothing } from './write-error';
import { noteBulkWrite } from './bulk-writes';
import { compareKeys, threadRecordKey, type AwayRecord, type MessageRecord, type PageRecord, type ThreadRecord } from './schema';
import { chunkMessages, chunksOf } from './thread-chunk';
import { TemplateSchema, type Template } from '@/core/templates';

export const BACKUP_FORMAT = 'replyclock-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  pages: PageRecord[];
  threads: ThreadRecord[];
  messages: MessageRecord[];
  away: AwayRecord[];
  templates: Template[];
  settings: StoredSettings;
  /** The team's names for its agents, per Page; absent in files made before they existed. */
  agentNames?: AllAgentNames;
}

/** An instant may be at most this far ahead of the importing machine's clock (a clock a little fast). */
export const MAX_FUTURE_MS = 24 * 60 * 60_000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const numericId = v.pipe(id, v.check(isNumericId));
/** A thread's key within its Page: its numeric id, or `row:<row key>` (schema.ts `ThreadKey`). */
const threadKey = v.pipe(id, v.check((key) => isNumericId(key) || key.startsWith('row:')));
const channel = v.picklist(['messenger', 'instagram', 'whatsapp', 'unknown']);
const folder = v.picklist(['inbox', 'done', 'spam', 'followup']);
const health = v.nullable(v.strictObject({ list: v.boolean(), transcript: v.nullable(v.boolean()), problems: v.array(v.string()) }));

/** The file's schema for an import at `now`: no instant after `now` + MAX_FUTURE_MS. */
function backupSchema(now: number) {
  const instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(now + MAX_FUTURE_MS));
  return v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: instant,
    pages: v.array(v.strictObject({ pageId: numericId, pageName: v.nullable(v.string()), lastSeenAt: instant, health, healthAt: v.nullable(instant), watchingSince: v.optional(v.nullable(instant)) })),
    threads: v.array(v.strictObject({ key: id, pageId: numericId, threadKey, threadId: v.nullable(numericId), rowKey: v.nullable(id), title: v.nullable(v.string()), channel, folder, lastSeenAt: instant, rowActivityAt: v.optional(v.nullable(instant)), assignedTo: v.optional(v.string()), transcriptReadAt: v.optional(v.nullable(instant)) })),
    messages: v.array(v.strictObject({
      key: id, pageId: numericId, threadKey, messageId: v.nullable(id), at: instant, atMin: v.optional(instant), atMax: v.optional(instant), alias: v.optional(id), atQuality: v.picklist(['utime', 'divider', 'seen']),
      from: v.picklist(['customer', 'page']), automated: v.boolean(), author: v.nullable(v.string()), provisional: v.boolean(),
    })),
    // A file's Away ids are read but never stored: the store numbers the periods itself.
    away: v.array(v.strictObject({ id: v.optional(v.number()), pageId: numericId, from: instant, to: v.nullable(instant), source: v.picklist(['manual', 'banner']), ended: v.optional(v.boolean()) })),
    templates: v.array(TemplateSchema),
    settings: v.strictObject({ default: SettingsSchema, pages: v.record(v.string(), SettingsSchema) }),
    agentNames: v.optional(v.record(numericId, AgentNamesSchema)),
  });
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: MessageKey; detail?: string };

/** Reads an export file for an import at `now`; `error` is a locale key (import_error_*), `detail` where it went wrong. */
export function parseBackup(json: string, now: number): BackupCheck {
  if (json.length > MAX_BACKUP_BYTES) return { ok: false, error: 'import_error_too_large' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'import_error_not_json' };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) return { ok: false, error: 'import_error_not_backup' };
  if (head.version !== BACKUP_VERSION) return { ok: false, error: 'import_error_version' };
  // Checked before the schema, which silently drops keys such as `__proto__` from a record.
  const oddPage = settingsPageIds(data).find((pageId) => !isNumericId(pageId));
  if (oddPage !== undefined) return { ok: false, error: 'import_error_invalid', detail: `settings.pages.${oddPage}` };
  const result = v.safeParse(backupSchema(now), data);
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, error: 'import_error_invalid', detail: issue ? v.getDotPath(issue) ?? '' : '' };
  }
  const backup = result.output as Backup;
  const duplicate = firstDuplicate(backup);
  if (duplicate) return { ok: false, error: 'import_error_duplicate', detail: duplicate };
  const broken = brokenReference(backup);
  return broken ? { ok: false, error: 'import_error_invalid', detail: broken } : { ok: true, backup };
}

/** The Page ids the file has settings for, as written (own keys, whatever they are). */
function settingsPageIds(data: unknown): string[] {
  const pages = (data as { settings?: { pages?: unknown } }).settings?.pages;
  return typeof pages === 'object' && pages !== null ? Object.keys(pages) : [];
}

/** Where a record repeats one before it (the same Page, thread, message or template), or null. */
function firstDuplicate(backup: Backup): string | null {
  const lists: Array<[list: string, field: string, keys: string[]]> = [
    ['pages', 'pageId', backup.pages.map((p) => p.pageId)],
    ['threads', 'key', backup.threads.map((t) => t.key)],
    ['messages', 'key', backup.messages.map((m) => m.key)],
    ['templates', 'id', backup.templates.map((t) => t.id)],
  ];
  for (const [list, field, keys] of lists) {
    const seen = new Set<string>();
    for (const [i, key] of keys.entries()) {
      if (seen.has(key)) return `${list}.${i}.${field}`;
      seen.add(key);
    }
  }
  return null;
}

/** Where the records do not hold together (a key that is not its parts, a message of no thread), or null. */
function brokenReference(backup: Backup): string | null {
  const threadKeys = new Set<string>();
  for (const [i, thread] of backup.threads.entries()) {
    if (thread.key !== threadRecordKey(thread.pageId, thread.threadKey)) return `threads.${i}.key`;
    threadKeys.add(thread.key);
  }
  for (const [i, message] of backup.messages.entries()) {
    if (!message.key.startsWith(`${message.pageId}|`)) return `messages.${i}.key`;
    if (!threadKeys.has(threadRecordKey(message.pageId, message.threadKey))) return `messages.${i}.threadKey`;
  }
  return null;
}

/** Everything in the store, for the export file (settings are added by the caller). */
export async function readEverything(): Promise<Omit<Backup, 'format' | 'version' | 'exportedAt' | 'settings'>> {
  const db = await openStore();
  const tx = db.transaction(['pages', 'threads', 'threadMessages', 'away', 'templates'], 'readonly');
  const [pages, threads, chunks, away, templates] = await Promise.all([
    tx.objectStore('pages').getAll(), tx.objectStore('threads').getAll(), tx.objectStore('threadMessages').getAll(),
    tx.objectStore('away').getAll(), tx.objectStore('templates').getAll(),
  ]);
  await tx.done;
  // The file keeps one record per message (its format predates the chunks), in key order as before.
  const messages = chunks.flatMap(chunkMessages).sort((a, b) => compareKeys(a.key, b.key));
  return { pages, threads, messages, away, templates };
}

/**
 * Replaces the whole store with a validated backup in one transaction. Batch ids and the
 * notification log are kept (re-sent batches stay acknowledged, warnings are not repeated);
 * cached history is dropped, it is recomputed.
 */
export async function replaceEverything(backup: Backup): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['pages', 'threads', 'threadMessages', 'away', 'templates', 'history'], 'readwrite');
  noteBulkWrite();
  const requests: Promise<unknown>[] = [];
  // Each request is awaited below; the no-op catch keeps the ones left behind by an abort from going unhandled.
  const issue = (request: Promise<unknown>) => { request.catch(() => undefined); requests.push(request); };
  // All or nothing: a put that throws (disk full, a value that cannot be stored) must not let the clears commit.
  await writeAllOrNothing(tx, async () => {
    for (const name of ['pages', 'threads', 'threadMessages', 'away', 'templates', 'history'] as const) issue(tx.objectStore(name).clear());
    for (const r of backup.pages) issue(tx.objectStore('pages').put(r));
    for (const r of backup.threads) issue(tx.objectStore('threads').put(r));
    for (const chunk of chunksOf(backup.messages)) issue(tx.objectStore('threadMessages').put(chunk));
    for (const { id: _dropped, ...period } of backup.away) issue(tx.objectStore('away').add(period));
    for (const r of backup.templates) issue(tx.objectStore('templates').put(r));
    await Promise.all(requests);
  });
}

/**
 * Deletes everything the store holds (the options page's "delete all data") by deleting the
 * database: its stores come back new, with their key generators reset (clearing a store keeps an
 * Away id counter a crafted file may have run to its end).
 */
export async function deleteEverything(): Promise<void> {
  noteBulkWrite();
  await recreateStore();
}
