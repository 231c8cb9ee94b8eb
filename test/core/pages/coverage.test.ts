import { beforeEach, describe, expect, it } from 'vitest';
import { handleHealth, handleObserve } from '@/core/pages/observe';
import { buildOverview } from '@/core/pages/overview';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

const DAY = 24 * 60 * MIN;
beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const read = (id: string, at: number) => batch({ open: { threadId: id, title: id, rowKey: id, messages: [message(`c-${id}`, 'customer', at), message(`p-${id}`, 'page', at + 2 * MIN)] } });

describe('R14 coverage in the overview', () => {
  it('keeps watching-since at the first batch the Page sent, through later batches and health reports', async () => {
    await handleObserve(batch({ seenAt: T0 - 3 * DAY }), T0 - 3 * DAY);
    await handleHealth({ pageId: '111', health: { list: true, transcript: null, problems: [] } }, T0 - DAY);
    await handleObserve(batch({ seenAt: T0 }), T0);
    expect((await buildOverview('111', T0))!.coverage.watchingSince).toBe(T0 - 3 * DAY);
  });

  it('names conversations whose row is newer than their transcript, or never read, latest first', async () => {
    await handleObserve(read('alma', T0 - 2 * DAY), T0 - 2 * DAY);
    await handleObserve(batch({ rows: [row('alma', T0 - 2 * DAY + 2 * MIN, true), row('bo', T0 - 3 * DAY, false), row('cy', T0 - DAY, true)] }), T0);
    let coverage = (await buildOverview('111', T0))!.coverage;
    expect(coverage.notYetRead.map((c) => c.title)).toEqual(['cy', 'bo']);
    expect(coverage).toMatchObject({ notYetReadCount: 2, readConversations: 1, state: 'learning', openForVerdict: 2 });

    // Alma writes again: her row is newer than what was read of her.
    await handleObserve(batch({ rows: [row('alma', T0 - 10 * MIN, false)] }), T0);
    coverage = (await buildOverview('111', T0))!.coverage;
    expect(coverage.notYetRead.map((c) => c.title)).toEqual(['alma', 'cy', 'bo']);
  });

  it('leaves out rows older than the window', async () => {
    await handleObserve(batch({ rows: [row('old', T0 - 40 * DAY, false)] }), T0);
    expect((await buildOverview('111', T0))!.coverage).toMatchObject({ notYetReadCount: 0, state: 'complete' });
  });

  it('is empty with nothing read and nothing to read: nothing to count yet', async () => {
    await handleObserve(batch({}), T0);
    expect((await buildOverview('111', T0))!.coverage.state).toBe('empty');
  });

  it('gives a verdict, marked incomplete, once ten conversations are read', async () => {
    for (let i = 0; i < 10; i++) await handleObserve(read(`r${i}`, T0 - (i + 1) * DAY), T0);
    await handleObserve(batch({ rows: [row('new', T0 - MIN, false)] }), T0);
    expect((await buildOverview('111', T0))!.coverage).toMatchObject({ state: 'incomplete', readConversations: 10, notYetReadCount: 1 });
    await handleObserve(batch({ open: { threadId: 'new', title: 'new', rowKey: 'new', messages: [message('c-new', 'customer', T0 - MIN)] } }), T0);
    expect((await buildOverview('111', T0))!.coverage).toMatchObject({ state: 'complete', notYetReadCount: 0 });
  });

  it("keeps a customer waiting, not yet read, when the row shows the Page's own preview (it may be an instant reply)", async () => {
    await handleObserve(batch({ rows: [row('dana', T0 - 20 * MIN, false)] }), T0 - 20 * MIN);
    await handleObserve(batch({ rows: [row('dana', T0 - 15 * MIN, true)] }), T0 - 15 * MIN);
    const overview = (await buildOverview('111', T0))!;
    expect(overview.waiting.map((w) => w.title)).toEqual(['dana']);
    expect(overview.stats).toMatchObject({ requests: 1, answered: 0 });
    expect(overview.coverage.notYetRead.map((c) => c.title)).toEqual(['dana']);
  });

  it('counts a conversation as read when its transcript was shown after the activity its row shows, though dated only by a divider', async () => {
    // The last message's best time is its divider's minute (10:00); the row says 10:04, when it was really sent.
    const open = { threadId: 'eva', title: 'eva', rowKey: 'eva', messages: [message('c-eva', 'customer', T0 - 20 * MIN, { atQuality: 'divider' as const })] };
    await handleObserve(batch({ seenAt: T0, rows: [row('eva', T0 - 16 * MIN, false)], open }), T0);
    expect((await buildOverview('111', T0))!.coverage.notYetReadCount).toBe(0);
    // She writes again while nobody looks: the row is newer than the read.
    await handleObserve(batch({ seenAt: T0 + 5 * MIN, rows: [row('eva', T0 + 4 * MIN, false)] }), T0 + 5 * MIN);
    expect((await buildOverview('111', T0 + 5 * MIN))!.coverage.notYetRead.map((c) => c.title)).toEqual(['eva']);
  });
});
