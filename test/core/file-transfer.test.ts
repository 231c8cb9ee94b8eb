import { describe, expect, it } from 'vitest';
import { backupSize, MAX_BACKUP_BYTES, textParts } from '@/core/file-transfer';

describe('textParts', () => {
  it('cuts a text into parts that join back to it', () => {
    const text = 'abcdefghij'.repeat(100);
    const parts = textParts(text, 64);
    expect(parts.every((p) => p.length <= 64)).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('never cuts an emoji in two (a lone half would arrive as U+FFFD)', () => {
    const text = 'a👩‍👩‍👧b'.repeat(50);
    for (const size of [2, 3, 5, 7]) {
      const parts = textParts(text, size);
      expect(parts.join('')).toBe(text);
      expect(parts.some((p) => /[\uD800-\uDBFF]$/.test(p) || /^[\uDC00-\uDFFF]/.test(p))).toBe(false);
    }
  });

  it('sends an empty file as one empty part', () => {
    expect(textParts('')).toEqual(['']);
  });
});

describe('backupSize', () => {
  it('warns from three quarters of the import limit and refuses above it', () => {
    expect(backupSize(28 * 1024 * 1024)).toBe('fine');
    expect(backupSize(MAX_BACKUP_BYTES * 0.8)).toBe('near');
    expect(backupSize(MAX_BACKUP_BYTES)).toBe('near');
    expect(backupSize(MAX_BACKUP_BYTES + 1)).toBe('over');
  });
});
