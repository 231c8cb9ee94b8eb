import { beforeEach, describe, expect, it } from 'vitest';
import { readEverything } from '@/core/store/backup';
import { openStore } from '@/core/store/connection';
import { ingestBatch } from '@/core/store/ingest';
import { loadPageThreads } from '@/core/store/pages';
import { pruneOlderThan } from '@/core/store/prune';
import { claimNotification } from '@/core/store/notifications';
import { setManualAway } from '@/core/store/away';
import { freshStore, storedMessages } from '../../support/fresh-store';
import { batch, message, row, T0 } from '../../support/batches';

const DAY = 86_400_000;
beforeEach(freshStore);

describe('pruning keeps 90 days', () => {
  it('deletes messages older than 90 days, and threads left empty and unseen as long', async () => {
    await ingestBatch(batch({ seenAt: T0 - 100 * DAY, open: { threadId: 'old', title: 'Old', messages: [message('o1', 'customer', T0 - 100 * DAY)] } }));
    await ingestBatch(batch({ seenAt: T0 - 100 * DAY, open: { threadId: 'mixed', title: 'Mixed', messages: [message('x1', 'customer', T0 - 100 * DAY)] } }));
    await ingestBatch(batch({ seenAt: T0, open: { threadId: 'mixed', title: 'Mixed', messages: [message('x2', 'customer', T0)] } }));
    await claimNotification('soon|111|old|1', '111', T0 - 95 * DAY);
    await claimNotification('soon|111|mixed|2', '111', T0 - DAY);
    await setManualAway('111', true, T0 - 120 * DAY);
    const result = await pruneOlderThan(T0);
    expect(result).toEqual({ messages: 2, pages: ['111'] });
    const threads = await loadPageThreads('111');
    expect(threads.map((t) => [t.thread.threadKey, t.messages.map((m) => m.messageId)])).toEqual([['mixed', ['x2']]]);
    const db = await openStore();
    expect((await db.getAll('notifications')).map((n) => n.key)).toEqual(['soon|111|mixed|2']);
    expect(await db.count('away')).toBe(0);
    expect(await db.count('batches')).toBe(1); // batch ids older than 7 days go too
  });

  it('keeps everything younger than 90 days', async () => {
    await ingestBatch(batch({ seenAt: T0, open: { threadId: 't', title: 'T', messages: [message('m', 'customer', T0 - 89 * DAY)] } }));
    expect((await pruneOlderThan(T0)).messages).toBe(0);
    expect(await storedMessages()).toHaveLength(1);
  });

  it('forgets a customer seen only in the list once unseen for 90 days', async () => {
    await ingestBatch(batch({ seenAt: T0 - 100 * DAY, rows: [row('Ann Listonly', null, null)] }));
    await ingestBatch(batch({ seenAt: T0, open: { threadId: 'fresh', title: 'Fresh', messages: [message('f', 'customer', T0)] } }));
    await pruneOlderThan(T0);
    expect((await readEverything()).threads.map((t) => t.title)).toEqual(['Fresh']);
  });

  it('forgets a customer whose messages went while still seen, once unseen for 90 days too', async () => {
    await ingestBatch(batch({ seenAt: T0 - 100 * DAY, open: { threadId: 'x', title: 'Xena Expired', messages: [message('x1', 'customer', T0 - 100 * DAY)] } }));
    await ingestBatch(batch({ seenAt: T0 - DAY, open: { threadId: 'x', title: 'Xena Expired', messages: [] } }));
    await ingestBatch(batch({ seenAt: T0, open: { threadId: 'fresh', title: 'Fresh', messages: [message('f', 'customer', T0)] } }));
    await pruneOlderThan(T0);
    expect((await readEverything()).threads.map((t) => t.title).sort()).toEqual(['Fresh', 'Xena Expired']); // seen yesterday: kept
    await ingestBatch(batch({ seenAt: T0 + 90 * DAY, open: { threadId: 'fresh', title: 'Fresh', messages: [message('f2', 'customer', T0 + 90 * DAY)] } }));
    const result = await pruneOlderThan(T0 + 90 * DAY);
    expect((await readEverything()).threads.map((t) => t.title)).toEqual(['Fresh']);
    expect(result.pages).toEqual(['111']); // the figures built on the forgotten thread are rebuilt
  });

  it('with the clock set far ahead, keeps the 90 days before the newest message seen', async () => {
    await ingestBatch(batch({ seenAt: T0 - 10 * DAY, rows: [row('Lisa Listonly', null, null)] }));
    const messages = [message('old', 'customer', T0 - 100 * DAY), message('kept', 'customer', T0 - 80 * DAY), message('newest', 'page', T0 - DAY)];
    await ingestBatch(batch({ seenAt: T0, open: { threadId: 't', title: 'Tom', messages } }));
    await pruneOlderThan(T0 + 365 * DAY);
    expect((await storedMessages()).map((m) => m.messageId)).toEqual(['kept', 'newest']);
    expect((await readEverything()).threads.map((t) => t.title).sort()).toEqual(['Lisa Listonly', 'Tom']);
  });
});
