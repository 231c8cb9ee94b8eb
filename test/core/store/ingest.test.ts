import { beforeEach, describe, expect, it } from 'vitest';
import { ingestBatch } from '@/core/store/ingest';
import { loadPageThreads } from '@/core/store/pages';
import { openStore } from '@/core/store/connection';
import { freshStore, storedMessages } from '../../support/fresh-store';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { diskFull } from '../../support/disk-full';

beforeEach(freshStore);

const allMessages = (pageId = '111') => storedMessages(pageId);

describe('ingest is idempotent', () => {
  it('applies a re-sent batch once and acknowledges it as a duplicate', async () => {
    const b = batch({ open: { threadId: '100000000000001', title: 'Sinta Dewi', messages: [message('mid.$c1', 'customer', T0)] } });
    expect((await ingestBatch(b)).duplicate).toBe(false);
    const again = await ingestBatch(b);
    expect(again.duplicate).toBe(true);
    expect(again.changedThreads).toEqual([]);
    expect(await allMessages()).toHaveLength(1);
  });

  it('stores a message seen in two tabs (two batches) once', async () => {
    const open = { threadId: '100000000000001', title: 'Sinta Dewi', messages: [message('mid.$c1', 'customer', T0), message('mid.$p1', 'page', T0 + 5 * MIN)] };
    await ingestBatch(batch({ open }));
    const second = await ingestBatch(batch({ open, seenAt: T0 + 10 * MIN }));
    expect(second.changedThreads).toEqual([]);
    expect((await allMessages()).map((m) => m.messageId)).toEqual(['mid.$c1', 'mid.$p1']);
  });

  it('lets the transcript supersede the list row for the same message (±60 s, same side)', async () => {
    await ingestBatch(batch({ rows: [row('sinta', T0 + 30_000, false, 'Sinta Dewi')] }));
    expect(await allMessages()).toMatchObject([{ provisional: true, from: 'customer', threadKey: 'row:sinta' }]);
    await ingestBatch(batch({ rows: [row('sinta', T0 + 30_000, false, 'Sinta Dewi')], open: { threadId: '100000000000001', title: 'Sinta Dewi', messages: [message('mid.$c1', 'customer', T0)] } }));
    const stored = await allMessages();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ messageId: 'mid.$c1', provisional: false, threadKey: '100000000000001', at: T0 });
    const threads = await loadPageThreads('111');
    expect(threads.map((t) => t.thread.threadKey)).toEqual(['100000000000001']);
    expect(threads[0]!.thread.rowKey).toBe('sinta');
  });

  it('keeps a list row that is a newer customer message than the transcript shows', async () => {
    await ingestBatch(batch({ open: { threadId: '1', title: 'A', rowKey: 'a', messages: [message('m1', 'customer', T0)] } }));
    await ingestBatch(batch({ rows: [row('a', T0 + 30 * MIN, false, 'A')] }));
    const stored = await allMessages();
    expect(stored.map((m) => [m.provisional, m.at])).toEqual([[false, T0], [true, T0 + 30 * MIN]]);
  });

  it('makes no answer of a Page row with no customer message before it', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, true)] }));
    expect(await allMessages()).toEqual([]);
    expect(await loadPageThreads('111')).toHaveLength(1);
  });

  it('takes no Page row for an answer (it may be an instant reply); the transcript then says what was sent', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')] }));
    await ingestBatch(batch({ rows: [row('a', T0 + 4 * MIN, true, 'A')] }));
    expect((await allMessages()).map((m) => [m.from, m.provisional])).toEqual([['customer', true]]);
    await ingestBatch(batch({ rows: [row('a', T0 + 4 * MIN, true, 'A')], open: { threadId: '1', title: 'A', messages: [message('c', 'customer', T0), message('p', 'page', T0 + 4 * MIN - 20_000, { automated: true })] } }));
    expect((await allMessages()).map((m) => [m.from, m.provisional, m.automated])).toEqual([['customer', false, false], ['page', false, true]]);
  });

  it('removes a Page reply the list suggested when the transcript shows only the customer at that time', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')] }));
    // The customer's "Tu: ciao" taken for the Page's own preview.
    await ingestBatch(batch({ rows: [row('a', T0 + 4 * MIN, true, 'A')] }));
    await ingestBatch(batch({ open: { threadId: '1', title: 'A', rowKey: 'a', messages: [message('c1', 'customer', T0), message('c2', 'customer', T0 + 4 * MIN)] } }));
    expect((await allMessages()).map((m) => [m.from, m.at, m.provisional])).toEqual([['customer', T0, false], ['customer', T0 + 4 * MIN, false]]);
  });

  it('keeps a list record later than every message a transcript read showed (older messages only, scrolled up)', async () => {
    await ingestBatch(batch({ open: { threadId: '1', title: 'A', rowKey: 'a', messages: [message('m1', 'customer', T0)] } }));
    await ingestBatch(batch({ rows: [row('a', T0 + 30 * MIN, false, 'A')] }));
    await ingestBatch(batch({ open: { threadId: '1', title: 'A', rowKey: 'a', messages: [message('m1', 'customer', T0)] } }));
    expect((await allMessages()).map((m) => [m.from, m.provisional, m.at])).toEqual([['customer', false, T0], ['customer', true, T0 + 30 * MIN]]);
  });

  it('does not take an instant reply in the list for an answer', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')] }));
    await ingestBatch(batch({ rows: [row('a', T0 + 5_000, true, 'A')] }));
    expect((await allMessages()).map((m) => m.from)).toEqual(['customer']);
  });

  it('merges a transcript filed under its row key into the real thread id once both are seen together', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')], open: { threadId: null, title: 'A', messages: [message('m1', 'customer', T0)] } }));
    expect((await loadPageThreads('111')).map((t) => t.thread.threadKey)).toEqual(['row:a']);
    const result = await ingestBatch(batch({ rows: [row('a', T0, false, 'A')], open: { threadId: '42', title: 'A', messages: [message('m1', 'customer', T0), message('m2', 'page', T0 + MIN)] } }));
    expect(result.removedThreads).toEqual(['row:a']);
    const threads = await loadPageThreads('111');
    expect(threads).toHaveLength(1);
    expect(threads[0]!.thread).toMatchObject({ threadKey: '42', rowKey: 'a', threadId: '42' });
    expect(threads[0]!.messages.map((m) => m.messageId).sort()).toEqual(['m1', 'm2']);
  });

  it('keeps the channel the list showed when the conversation is then opened under /all', async () => {
    await ingestBatch(batch({ channel: 'messenger', rows: [row('a', T0, false, 'A')] }));
    await ingestBatch(batch({ channel: 'all', rows: [row('a', T0, false, 'A')], open: { threadId: '42', title: 'A', messages: [message('m1', 'customer', T0)] } }));
    expect((await loadPageThreads('111')).map((t) => [t.thread.threadKey, t.thread.channel])).toEqual([['42', 'messenger']]);
  });

  it('files later rows of a merged conversation under the real thread', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')], open: { threadId: '42', title: 'A', messages: [message('m1', 'customer', T0)] } }));
    await ingestBatch(batch({ rows: [row('a', T0 + 2 * 3_600_000, false, 'A')] }));
    const threads = await loadPageThreads('111');
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages).toHaveLength(2);
  });
});

describe('instants', () => {
  it('replaces a worse instant with a better one (seen < divider < utime), never the reverse', async () => {
    const open = (at: number | null, q: 'utime' | 'divider' | 'seen' | null) => ({ threadId: '1', title: 'A', messages: [message('m1', 'customer', at, { atQuality: q })] });
    await ingestBatch(batch({ seenAt: T0 + 9 * MIN, open: open(null, null) }));
    expect((await allMessages())[0]).toMatchObject({ at: T0 + 9 * MIN, atQuality: 'seen' });
    await ingestBatch(batch({ open: open(T0 + 2 * MIN, 'divider') }));
    expect((await allMessages())[0]).toMatchObject({ at: T0 + 2 * MIN, atQuality: 'divider' });
    await ingestBatch(batch({ open: open(T0 + 90_000, 'utime') }));
    expect((await allMessages())[0]).toMatchObject({ at: T0 + 90_000, atQuality: 'utime' });
    await ingestBatch(batch({ seenAt: T0 + 20 * MIN, open: open(T0 + 5 * MIN, 'divider') }));
    expect((await allMessages())[0]).toMatchObject({ at: T0 + 90_000, atQuality: 'utime' });
  });
});

describe('what is stored', () => {
  it('keeps no message text: only instants, sides, flags, authors, ids and names', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'Sinta Dewi')], open: { threadId: '1', title: 'Sinta Dewi', messages: [message('m1', 'page', T0, { author: 'Kari' })] } }));
    const stored = await allMessages();
    for (const record of stored) expect(Object.keys(record).sort()).toEqual(['at', 'atQuality', 'author', 'automated', 'from', 'key', 'messageId', 'pageId', 'provisional', 'threadKey']);
  });

  it('keeps no message text in the thread chunks either: the raw records hold only keys, instants, sides, flags and authors', async () => {
    await ingestBatch(batch({ rows: [row('a', T0 + 30 * MIN, false, 'Sinta Dewi')], open: { threadId: '1', title: 'Sinta Dewi', messages: [message('m1', 'page', T0, { author: 'Kari' })] } }));
    const chunks = await (await openStore()).getAll('threadMessages');
    expect(chunks).toHaveLength(1);
    expect(Object.keys(chunks[0]!).sort()).toEqual(['firstAt', 'ids', 'key', 'messages', 'pageId', 'threadKey']);
    for (const stored of chunks[0]!.messages) expect(Object.keys(stored).sort()).toEqual(['at', 'atQuality', 'author', 'automated', 'from', 'key', 'messageId', 'provisional']);
  });

  it('keeps Pages apart', async () => {
    await ingestBatch(batch({ pageId: '111', open: { threadId: '1', title: 'A', messages: [message('m1', 'customer', T0)] } }));
    await ingestBatch(batch({ pageId: '222', open: { threadId: '1', title: 'A', messages: [message('m1', 'customer', T0)] } }));
    expect(await allMessages('111')).toHaveLength(1);
    expect(await allMessages('222')).toHaveLength(1);
  });

  it('remembers a thread\'s channel when it is later seen under /all', async () => {
    await ingestBatch(batch({ channel: 'messenger', rows: [row('a', T0, false)] }));
    await ingestBatch(batch({ channel: 'all', rows: [row('a', T0, false), row('b', T0, false)] }));
    const channels = Object.fromEntries((await loadPageThreads('111')).map((t) => [t.thread.rowKey, t.thread.channel]));
    expect(channels).toEqual({ a: 'messenger', b: 'unknown' });
  });

  it('takes the open conversation\'s channel from its URL under /all', async () => {
    await ingestBatch(batch({ channel: 'all', open: { threadId: '7', title: 'Insta', channel: 'instagram', messages: [message('i1', 'customer', T0)] } }));
    await ingestBatch(batch({ channel: 'all', open: { threadId: '8', title: 'Fb', channel: 'messenger', messages: [message('f1', 'customer', T0)] } }));
    const channels = Object.fromEntries((await loadPageThreads('111')).map((t) => [t.thread.threadKey, t.thread.channel]));
    expect(channels).toEqual({ 7: 'instagram', 8: 'messenger' });
  });

  it('records an observed "scheduled to be away" banner as one Away period from first to last sighting', async () => {
    await ingestBatch(batch({ awayBanner: true, seenAt: T0 }));
    await ingestBatch(batch({ awayBanner: true, seenAt: T0 + 5 * MIN }));
    await ingestBatch(batch({ awayBanner: false, seenAt: T0 + 6 * MIN }));
    await ingestBatch(batch({ awayBanner: true, seenAt: T0 + 60 * MIN }));
    await ingestBatch(batch({ awayBanner: false, seenAt: T0 + 61 * MIN }));
    await ingestBatch(batch({ awayBanner: true, seenAt: T0 + 62 * MIN }));
    const away = await (await openStore()).getAll('away');
    expect(away.map((p) => [p.from, p.to, p.source])).toEqual([
      [T0, T0 + 5 * MIN, 'banner'], [T0 + 60 * MIN, T0 + 60 * MIN, 'banner'], [T0 + 62 * MIN, T0 + 62 * MIN, 'banner'],
    ]);
  });
});

describe('assignment notes', () => {
  it('keeps the agent a note named on the thread, also after a read that shows no note', async () => {
    const open = { threadId: '1', title: 'A', messages: [message('c', 'customer', T0)] };
    await ingestBatch(batch({ open: { ...open, assignedTo: 'Fah Somchai' } }));
    await ingestBatch(batch({ open: { ...open, messages: [message('c2', 'customer', T0 + MIN)], assignedTo: null }, seenAt: T0 + 2 * MIN }));
    expect((await loadPageThreads('111'))[0]!.thread.assignedTo).toBe('Fah Somchai');
    await ingestBatch(batch({ open: { ...open, assignedTo: 'Jonas Lind' }, seenAt: T0 + 3 * MIN }));
    expect((await loadPageThreads('111'))[0]!.thread.assignedTo).toBe('Jonas Lind');
  });
});

describe('thread chunks (schema v2: a thread\'s messages in one record)', () => {
  const open = (threadId: string, messages: ReturnType<typeof message>[], title = `T${threadId}`) => ({ threadId, title, messages });
  const chunkIds = async () => Object.fromEntries((await (await openStore()).getAll('threadMessages')).map((c) => [c.threadKey, c.ids]));

  it('moves a message seen under another thread into that thread\'s chunk, and reports both threads changed', async () => {
    await ingestBatch(batch({ open: open('1', [message('m1', 'customer', T0), message('m2', 'page', T0 + MIN)]) }));
    const result = await ingestBatch(batch({ open: open('2', [message('m2', 'page', T0 + MIN)]) }));
    expect(result.changedThreads.sort()).toEqual(['1', '2']);
    expect(result.earliestChange).toBe(T0 + MIN);
    expect(await chunkIds()).toEqual({ 1: ['111|m1'], 2: ['111|m2'] });
    expect((await allMessages()).map((m) => [m.messageId, m.threadKey])).toEqual([['m1', '1'], ['m2', '2']]);
  });

  it('deletes a chunk whose last message moved away, and keeps its thread', async () => {
    await ingestBatch(batch({ open: open('1', [message('m1', 'customer', T0)]) }));
    await ingestBatch(batch({ open: open('2', [message('m1', 'customer', T0)]) }));
    expect(await chunkIds()).toEqual({ 2: ['111|m1'] });
    expect((await loadPageThreads('111')).map((t) => [t.thread.threadKey, t.messages.length])).toEqual([['1', 0], ['2', 1]]);
  });

  it('stores the same message twice in one batch once, the second sighting merged with the first', async () => {
    await ingestBatch(batch({ seenAt: T0 + 9 * MIN, open: open('1', [message('m1', 'customer', null, { atQuality: null }), message('m1', 'customer', T0 + MIN)]) }));
    expect(await allMessages()).toMatchObject([{ messageId: 'm1', at: T0 + MIN, atQuality: 'utime' }]);
    expect(await chunkIds()).toEqual({ 1: ['111|m1'] });
  });

  it('acknowledges a re-sent batch that moved a message and merged a row thread as a duplicate, changing nothing', async () => {
    await ingestBatch(batch({ rows: [row('b', T0 + 2 * MIN, false, 'B')], open: open('1', [message('m1', 'customer', T0 + 5 * MIN)]) }));
    const b = batch({ rows: [row('b', T0 + 2 * MIN, false, 'B')], open: open('2', [message('m1', 'customer', T0 + 5 * MIN), message('m2', 'customer', T0 + 2 * MIN)], 'B') });
    const first = await ingestBatch(b);
    expect(first.removedThreads).toEqual(['row:b']);
    expect(await chunkIds()).toEqual({ 2: ['111|m2', '111|m1'] }); // the row's provisional record was superseded by m2
    const before = { chunks: await chunkIds(), threads: await loadPageThreads('111') };
    const again = await ingestBatch(b);
    expect(again).toEqual({ duplicate: true, changedThreads: [], removedThreads: [], earliestChange: null, awayChanged: false, written: [] });
    expect({ chunks: await chunkIds(), threads: await loadPageThreads('111') }).toEqual(before);
  });

  it('lets the transcript supersede a provisional list record in the same thread\'s chunk', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')], open: open('1', [message('m1', 'customer', T0)], 'A') }));
    await ingestBatch(batch({ rows: [row('a', T0 + 30 * MIN, false, 'A')] }));
    expect((await allMessages()).map((m) => [m.key, m.provisional])).toEqual([['111|m1', false], ['111|row|a|customer|' + (T0 + 30 * MIN), true]]);
    const result = await ingestBatch(batch({ open: open('1', [message('m1', 'customer', T0), message('m3', 'customer', T0 + 30 * MIN - 40_000)], 'A') }));
    expect(result.changedThreads).toEqual(['1']);
    expect(result.earliestChange).toBe(T0 + 30 * MIN - 40_000);
    expect(await chunkIds()).toEqual({ 1: ['111|m1', '111|m3'] });
  });

  it('keeps the store as it was when the chunk write fails (disk full), and says so', async () => {
    await ingestBatch(batch({ rows: [row('a', T0, false, 'A')], open: open('1', [message('m1', 'customer', T0)], 'A') }));
    const before = { messages: await allMessages(), threads: await loadPageThreads('111'), batches: await (await openStore()).count('batches') };
    const spy = diskFull('threadMessages');
    const failing = ingestBatch(batch({ rows: [row('b', T0, false, 'B')], open: open('2', [message('m1', 'customer', T0), message('m2', 'page', T0 + MIN)], 'B') }));
    await expect(failing).rejects.toMatchObject({ name: 'StoreWriteError', reason: 'quota', message: 'store_error_quota' });
    spy.mockRestore();
    expect({ messages: await allMessages(), threads: await loadPageThreads('111'), batches: await (await openStore()).count('batches') }).toEqual(before);
  });
});

describe('finding a long transcript\'s messages stored under other threads (range probes, then single lookups)', () => {
  const ids = (from: number, to: number, step = 1) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => `m-${String(from + i * step).padStart(3, '0')}`);
  const transcript = (threadId: string, messageIds: string[]) => ({ threadId, title: `T${threadId}`, messages: messageIds.map((id, i) => message(id, i % 2 ? 'page' : 'customer', T0 + i * MIN)) });
  const holders = async () => Object.fromEntries((await allMessages()).map((m) => [m.messageId, m.threadKey]));

  it('moves every message of a 60-message transcript that another thread holds, keys interleaved with new ones', async () => {
    await ingestBatch(batch({ open: transcript('1', ids(0, 60, 2)) }));
    await ingestBatch(batch({ open: transcript('3', ids(100, 160)) }));
    const result = await ingestBatch(batch({ open: transcript('2', ids(0, 60)) }));
    expect(result.changedThreads.sort()).toEqual(['1', '2']);
    const where = await holders();
    expect(ids(0, 60).map((id) => where[id])).toEqual(ids(0, 60).map(() => '2'));
    expect(ids(100, 160).every((id) => where[id] === '3')).toBe(true);
    expect(Object.keys(where)).toHaveLength(120);
  });

  it('adds 60 new messages whose keys fall between stored ones without moving any stored one', async () => {
    await ingestBatch(batch({ open: transcript('1', ids(0, 120, 2)) }));
    const result = await ingestBatch(batch({ open: transcript('2', ids(1, 121, 2)) }));
    expect(result.changedThreads).toEqual(['2']);
    const where = await holders();
    expect(ids(0, 120, 2).every((id) => where[id] === '1') && ids(1, 121, 2).every((id) => where[id] === '2')).toBe(true);
  });

  it('finds one message of another thread among 59 new ones', async () => {
    await ingestBatch(batch({ open: transcript('1', ['m-030']) }));
    const result = await ingestBatch(batch({ open: transcript('2', ids(0, 60)) }));
    expect(result.changedThreads.sort()).toEqual(['1', '2']);
    expect(Object.values(await holders()).filter((t) => t === '2')).toHaveLength(60);
  });
});
