/**
 * Export files between the worker and the options page, and the size an import accepts. A file
 * travels in parts: one runtime message is limited (64 MiB in Chrome) and a busy store's export
 * is tens of MiB. Pure: no extension API.
 */

/** The largest file an import reads; an export that would be larger is refused, so every export imports. */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/** From this share of MAX_BACKUP_BYTES on, an export warns that the limit is near. */
export const NEAR_LIMIT_SHARE = 0.75;

/**
 * Characters per part. Chrome counts a message as JSON, where one character may take six bytes
 * (`\u0001`): 4 Mi characters stay under its 64 MiB limit whatever they are.
 */
export const TRANSFER_PART_CHARS = 4 * 1024 * 1024;

export type BackupSize = 'fine' | 'near' | 'over';

/** Whether an export file of `bytes` imports comfortably, nearly not, or not at all. */
export function backupSize(bytes: number): BackupSize {
  if (bytes > MAX_BACKUP_BYTES) return 'over';
  return bytes >= MAX_BACKUP_BYTES * NEAR_LIMIT_SHARE ? 'near' : 'fine';
}

/** Whole mebibytes, rounded up, for messages about sizes. */
export function mebibytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}

/** `text` cut into parts of at most `size` characters, never between the two halves of a surrogate pair (an empty text is one empty part). */
export function textParts(text: string, size = TRANSFER_PART_CHARS): string[] {
  if (text === '') return [''];
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
