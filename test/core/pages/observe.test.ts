import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleObserve, observeFromTab } from '@/core/pages/observe';
import { forgetPageFigures, pageFigures } from '@/core/pages/page-figures';
import { openStore } from '@/core/store/connection';
import { readEverything } from '@/core/store/backup';
import type { ThreadBadgeState } from '@/core/messages';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { diskFull } from '../../support/disk-full';
import { inboxUrl, startBackground, type Pushed } from '../../support/background-harness';

let pushed: Pushed[];
beforeEach(async () => {
  pushed = await startBackground([
    { id: 1, url: inboxUrl('111'), active: true },
    { id: 2, url: inboxUrl('111', 'all') },
    { id: 3, url: inboxUrl('222') },
  ]);
});
afterEach(() => vi.restoreAllMocks());

const customerWaits = (pageId = '111', threadId = '1', at = T0) =>
  batch({ pageId, open: { threadId, title: `Customer ${threadId}`, messages: [message(`m-${threadId}-${at}`, 'customer', at)] } });

describe('contentToBackground:observe', () => {
  it('stores a tab\'s batch only under the Page the tab\'s URL shows', async () => {
    const tab = { tabId: 1, url: inboxUrl('111'), pageId: '111' };
    await expect(observeFromTab(customerWaits('222'), tab, T0 + 8 * MIN)).rejects.toThrow(/refused/);
    expect((await readEverything()).messages).toEqual([]);
    await expect(observeFromTab(customerWaits('111'), tab, T0 + 8 * MIN)).resolves.toMatchObject({ stored: true });
    expect((await readEverything()).messages.map((m) => m.pageId)).toEqual(['111']);
  });

  it('stores the batch, answers with the per-thread states and pushes them to every inbox tab of that Page only', async () => {
    const reply = await handleObserve(customerWaits(), T0 + 8 * MIN);
    expect(reply).toMatchObject({ stored: true, failure: null });
    expect(reply.states).toHaveLength(1);
    expect(reply.states[0]).toMatchObject({ threadId: '1', requestAt: T0, lateAt: T0 + 15 * MIN, states: ['soon'], channel: 'messenger', title: 'Customer 1', timeTargetSeconds: 900 });
    const states = pushed.filter((p) => p.type === 'backgroundToContent:threadStates');
    expect(states.map((p) => p.tabId).sort()).toEqual([1, 2]);
    expect(states[0]!.payload).toMatchObject({ pageId: '111', risk: 'recoverable' });
  });

  it('does not push the states again to the tab that sent the batch: they are in its reply', async () => {
    const reply = await handleObserve(customerWaits(), T0 + 8 * MIN, 1);
    expect(reply.states).toHaveLength(1);
    const states = pushed.filter((p) => p.type === 'backgroundToContent:threadStates');
    expect(states.map((p) => p.tabId)).toEqual([2]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
  });

  it('tells an open popup that the Page changed, so that it shows the batch without being reopened; with none open that is no error', async () => {
    await expect(handleObserve(customerWaits(), T0 + 8 * MIN, 1)).resolves.toMatchObject({ stored: true });
    expect(pushed.filter((p) => p.tabId === null)).toEqual([{ tabId: null, type: 'backgroundToUi:pageChanged', payload: { pageId: '111' } }]);
  });

  it('acknowledges a re-sent batch without counting it twice', async () => {
    const b = customerWaits();
    await handleObserve(b, T0 + MIN);
    const again = await handleObserve(b, T0 + MIN);
    expect(again).toMatchObject({ acknowledged: b.batchId, stored: true });
    const stats = (await pageFigures('111')).stats(T0 + MIN);
    expect(stats.requests).toBe(1);
  });

  it('counts a reply seen in a second tab once, and the answer shows in the figures', async () => {
    const open = { threadId: '1', title: 'A', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 4 * MIN)] };
    await handleObserve(batch({ open }), T0 + 5 * MIN);
    await handleObserve(batch({ open, seenAt: T0 + 6 * MIN }), T0 + 6 * MIN);
    const stats = (await pageFigures('111')).stats(T0 + 6 * MIN);
    expect(stats).toMatchObject({ requests: 1, answered: 1, responseRate: 1, responseTimeSeconds: 240, badge: true });
  });

  it('keeps Pages apart: figures, states and pushes', async () => {
    await handleObserve(customerWaits('111', '1'), T0 + MIN);
    await handleObserve(customerWaits('222', '9'), T0 + MIN);
    expect(Object.keys((await pageFigures('111')).stats(T0 + MIN).threads)).toEqual(['1']);
    expect(Object.keys((await pageFigures('222')).stats(T0 + MIN).threads)).toEqual(['9']);
    const to222 = pushed.filter((p) => p.tabId === 3).map((p) => (p.payload as { states: ThreadBadgeState[] }).states.map((s) => s.threadId));
    expect(to222).toEqual([['9']]);
  });

  it('counts only Messenger conversations in the figures; the others keep their inline state', async () => {
    await handleObserve(batch({ channel: 'instagram', open: { threadId: '7', title: 'Insta', messages: [message('i1', 'customer', T0)] } }), T0 + MIN);
    await handleObserve(batch({ channel: 'all', rows: [row('title:unknown person', T0, false, 'Unknown Person')] }), T0 + MIN);
    const figures = await pageFigures('111');
    const stats = figures.stats(T0 + 10 * MIN);
    expect(stats.requests).toBe(0);
    const states = figures.badgeStates(Object.values(stats.threads), T0 + 10 * MIN);
    expect(states.map((s) => [s.title, s.channel]).sort()).toEqual([['Insta', 'instagram'], ['Unknown Person', 'unknown']]);
    // Each badge can say why it does not count.
    expect(states.map((s) => s.standing)).toEqual(['other-channel', 'other-channel']);
    await handleObserve(customerWaits('111', '1', T0), T0 + MIN);
    expect((await pageFigures('111')).stats(T0 + 10 * MIN).requests).toBe(1);
  });

  it('rebuilds the same figures from IndexedDB after a worker restart', async () => {
    await handleObserve(batch({ open: { threadId: '1', title: 'A', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 3 * MIN)] } }), T0 + 5 * MIN);
    await handleObserve(customerWaits('111', '2', T0 + 2 * MIN), T0 + 5 * MIN);
    const before = (await pageFigures('111')).stats(T0 + 9 * MIN);
    forgetPageFigures();
    const after = (await pageFigures('111')).stats(T0 + 9 * MIN);
    expect(after).toEqual(before);
    expect(after.requests).toBe(2);
  });

  it('answers stored: false with the reason (quota) and writes nothing when the disk is full', async () => {
    diskFull('threadMessages');
    const b = customerWaits();
    const reply = await handleObserve(b, T0 + MIN);
    expect(reply).toMatchObject({ acknowledged: b.batchId, stored: false, states: [], failure: 'quota' });
    vi.restoreAllMocks();
    const db = await openStore();
    expect((await readEverything()).messages).toHaveLength(0);
    expect(await db.count('batches')).toBe(0);
    // The content script sends the same batch again: now it is stored.
    expect(await handleObserve(b, T0 + MIN)).toMatchObject({ stored: true });
    expect((await readEverything()).messages).toHaveLength(1);
  });

  it('shows the number of Messenger conversations past half the target on the toolbar badge of the Page\'s tabs', async () => {
    await handleObserve(customerWaits('111', '1', T0), T0 + 8 * MIN);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });
});
