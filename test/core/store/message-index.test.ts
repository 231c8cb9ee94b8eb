import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestBatch } from '@/core/store/ingest';
import { keepPageIndex, MessageIndex, pageIndex } from '@/core/store/message-index';
import { loadPage } from '@/core/store/pages';
import { readEverything, replaceEverything, BACKUP_FORMAT, BACKUP_VERSION } from '@/core/store/backup';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { freshStore, storedMessages } from '../../support/fresh-store';
import { batch, message, MIN, T0 } from '../../support/batches';

beforeEach(freshStore);

const open = (threadId: string, ids: string[], at = T0) =>
  ({ threadId, title: `T${threadId}`, messages: ids.map((id, i) => message(id, i % 2 ? 'page' : 'customer', at + i * MIN)) });
const holders = async () => Object.fromEntries((await storedMessages('111')).map((m) => [m.messageId, m.threadKey]));
/** Counts the lookups in the store's `byMessage` index (the requests the in-memory index saves). */
const storeLookups = () => vi.spyOn(IDBIndex.prototype, 'getKey');

describe('MessageIndex', () => {
  it('answers which thread holds a key, and a thread\'s new keys replace its old ones', () => {
    const index = new MessageIndex(0, [{ threadKey: '1', ids: ['a', 'b'] }, { threadKey: '2', ids: ['c'] }]);
    index.setThread('1', ['a', 'd']);
    expect(index.entries()).toEqual([['a', '1'], ['c', '2'], ['d', '1']]);
    index.removeThread('2');
    expect(index.threadOf('c')).toBeUndefined();
  });

  it('files a message that moved under its new thread whichever thread is updated first', () => {
    const newFirst = new MessageIndex(0, [{ threadKey: '1', ids: ['a', 'b'] }]);
    newFirst.setThread('2', ['a']);
    newFirst.setThread('1', ['b']);
    const oldFirst = new MessageIndex(0, [{ threadKey: '1', ids: ['a', 'b'] }]);
    oldFirst.setThread('1', ['b']);
    oldFirst.setThread('2', ['a']);
    expect(newFirst.entries()).toEqual([['a', '2'], ['b', '1']]);
    expect(oldFirst.entries()).toEqual(newFirst.entries());
  });
});

describe('ingest with the store\'s message index', () => {
  it('moves a message seen under another thread, found through the index with no lookup in the store', async () => {
    await ingestBatch(batch({ open: open('1', ['x1', 'x2', 'x3']) }));
    await loadPage('111'); // the store keeps the Page's index
    const lookups = storeLookups();
    const result = await ingestBatch(batch({ open: open('2', ['x2', 'y1']) }));
    expect(lookups).not.toHaveBeenCalled();
    lookups.mockRestore();
    expect(result.changedThreads.sort()).toEqual(['1', '2']);
    expect(await holders()).toEqual({ x1: '1', x2: '2', x3: '1', y1: '2' });
  });

  it('does not trust an index read before an import: the imported message is moved, not stored twice', async () => {
    await ingestBatch(batch({ open: open('1', ['x1']) }));
    await loadPage('111');
    // The import brings a message the index has never seen, under thread 9.
    const stored = await readEverything();
    const thread9 = { ...stored.threads[0]!, key: '111|9', threadKey: '9', threadId: '9' };
    const z1 = { ...stored.messages[0]!, key: '111|z1', messageId: 'z1', threadKey: '9', at: T0 + 5 * MIN };
    await replaceEverything({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0, ...stored, threads: [...stored.threads, thread9], messages: [...stored.messages, z1], settings: { default: DEFAULT_SETTINGS, pages: {} } });
    await ingestBatch(batch({ open: open('2', ['z1']) }));
    expect(await holders()).toEqual({ x1: '1', z1: '2' });
  });

  it('asks the store about a key the index files under a chunk that does not hold it, instead of trusting the index', async () => {
    await ingestBatch(batch({ open: open('1', ['x1']) }));
    await ingestBatch(batch({ open: open('3', ['y1']) }));
    // Out of step: says y1 is in thread 1 (it is in 3).
    const wrong = new MessageIndex((await loadPage('111')).index.epoch, [{ threadKey: '1', ids: ['111|x1', '111|y1'] }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    keepPageIndex('111', wrong);
    await ingestBatch(batch({ open: open('2', ['y1']) }));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(await holders()).toEqual({ x1: '1', y1: '2' });
  });
});
