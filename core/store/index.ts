/**
 * The IndexedDB store (idb): the schema and its migrations, and every query. No message text is
 * ever stored — only instants, sides, automated flags, authors, ids and display names.
 */
export { DB_NAME, DB_VERSION, ALL_STORES, rowThreadKey, threadRecordKey } from './schema';
export { migrate } from './migrations';
export type { AwayRecord, HistoryRecord, MessageRecord, PageRecord, ReplyClockDB, StoredMessage, StoreDB, ThreadKey, ThreadMessagesRecord, ThreadRecord } from './schema';
export { openStore, closeStore } from './connection';
export { ingestBatch, type IngestResult } from './ingest';
export { SAME_MESSAGE_TOLERANCE_MS, mergedMessage, pageRowAnswers, supersededBy } from './message-merge';
export { getPage, latestPage, listPages, loadPage, loadPageThreads, loadThreads, recordHealth, recordPageName, type PageRead, type StoredThread, type ThreadsRead } from './pages';
export { MessageIndex } from './message-index';
export { activeManualAway, BANNER_GAP_MS, listAway, MANUAL_AWAY_MS, setManualAway } from './away';
export { incrementTemplateUsage, listTemplates, replaceTemplates, seedTemplatesOnce } from './templates';
export { claimNotification } from './notifications';
export { listHistory, saveHistory } from './history';
export { KEEP_DAYS, pruneOlderThan, type PruneResult } from './prune';
export { BACKUP_FORMAT, BACKUP_VERSION, deleteEverything, parseBackup, readEverything, replaceEverything, type Backup, type BackupCheck } from './backup';
export { StoreWriteError, type StoreWriteReason } from './write-error';
