import { describe, expect, it } from 'vitest';
import type { ObservationBatch } from '@/core/messages';
import { mergedBatch } from '@/core/observations/batch-merge';
import type { MessageSnapshot } from '@/core/inbox/types';

const message = (id: string, at: number | null = 1000): MessageSnapshot => ({ id, from: 'customer', automated: false, author: null, at, atMin: at, atMax: at, atQuality: at === null ? null : 'utime' });
const row = (title: string, lastActivityAt: number) => ({ key: `title:${title.toLowerCase()}`, title, lastActivityAt, lastFromPage: false, unread: true });
const sinta = (messages: MessageSnapshot[]) => ({ threadId: '100000000000001', title: 'Sinta', rowKey: 'title:sinta', channel: 'messenger' as const, messages });
function batch(id: string, overrides: Partial<ObservationBatch> = {}): ObservationBatch {
  return { batchId: id, pageId: '111', channel: 'messenger', folder: 'inbox', seenAt: 1, rows: [], open: null, awayBanner: null, ...overrides };
}

describe('mergedBatch', () => {
  it('joins the rows (the later sighting of a row wins) and the open conversation\'s messages, under the earlier id', () => {
    const merged = mergedBatch(
      batch('a', { seenAt: 1, rows: [row('Lars', 10), row('Sinta', 10)], open: sinta([message('m1'), message('m2', null)]) }),
      batch('b', { seenAt: 2, rows: [row('Sinta', 20)], open: sinta([message('m2', 1500), message('m3')]) }),
    )!;
    expect(merged.batchId).toBe('a');
    expect(merged.seenAt).toBe(2);
    expect(merged.rows.map((r) => [r.title, r.lastActivityAt])).toEqual([['Lars', 10], ['Sinta', 20]]);
    expect(merged.open!.messages.map((m) => [m.id, m.at])).toEqual([['m1', 1000], ['m2', 1500], ['m3', 1000]]);
  });

  it('keeps the one open conversation when the other batch has none', () => {
    expect(mergedBatch(batch('a', { rows: [row('Lars', 10)] }), batch('b', { open: sinta([message('m1')]) }))!.open!.messages).toHaveLength(1);
    expect(mergedBatch(batch('a', { open: sinta([message('m1')]) }), batch('b'))!.open!.title).toBe('Sinta');
  });

  it('does not merge what would lose something: two conversations, another Page, channel or folder, an away banner', () => {
    const other = { ...sinta([message('m9')]), threadId: '100000000000002', title: 'Lars', rowKey: 'title:lars' };
    expect(mergedBatch(batch('a', { open: sinta([message('m1')]) }), batch('b', { open: other }))).toBeNull();
    expect(mergedBatch(batch('a'), batch('b', { pageId: '222' }))).toBeNull();
    expect(mergedBatch(batch('a'), batch('b', { channel: 'all' }))).toBeNull();
    expect(mergedBatch(batch('a'), batch('b', { folder: 'done' }))).toBeNull();
    expect(mergedBatch(batch('a', { awayBanner: true }), batch('b', { awayBanner: true }))).toBeNull();
  });
});
