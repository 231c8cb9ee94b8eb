import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ThreadBadgeState } from '@/core/messages';
import { readEverything } from '@/core/store/backup';
import { handleObserve, handleStatesRequest } from '@/core/pages/observe';
import { cachedPageIds, forgetPageFigures, PageFigures } from '@/core/pages/page-figures';
import { ensureAlarms, onAlarm, PRUNE_ALARM, TICK_ALARM } from '@/core/pages/schedule';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground, type Pushed } from '../../support/background-harness';

let pushed: Pushed[];
beforeEach(async () => { pushed = await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const lastStates = (tabId: number) => (pushed.filter((p) => p.tabId === tabId).at(-1)?.payload as { states: ThreadBadgeState[] } | undefined)?.states;

describe('alarms', () => {
  it('are created once: a tick each minute and a daily prune', async () => {
    await ensureAlarms();
    await ensureAlarms();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes]).sort()).toEqual([[PRUNE_ALARM, 1440], [TICK_ALARM, 1]]);
  });

  it('the minute tick pushes states that moved on with time, also after a worker restart', async () => {
    await handleObserve(batch({ seenAt: T0, open: { threadId: '1', title: 'A', messages: [message('c', 'customer', T0)] } }), T0 + MIN);
    expect(lastStates(1)?.[0]?.states).toEqual(['ok']);
    forgetPageFigures(); // the worker was stopped
    await onAlarm(TICK_ALARM, T0 + 8 * MIN);
    expect(lastStates(1)?.[0]?.states).toEqual(['soon']);
    await onAlarm(TICK_ALARM, T0 + 16 * MIN);
    expect(lastStates(1)?.[0]?.states).toEqual(['late']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
  });

  it('the daily prune forgets messages older than 90 days and the figures built on them', async () => {
    const old = T0 - 100 * 24 * 60 * MIN;
    await handleObserve(batch({ seenAt: old, open: { threadId: '1', title: 'A', messages: [message('c', 'customer', old)] } }), old);
    await handleObserve(batch({ seenAt: T0, open: { threadId: '2', title: 'B', messages: [message('p', 'page', T0)] } }), T0);
    await onAlarm(PRUNE_ALARM, T0);
    expect((await readEverything()).messages.map((m) => m.messageId)).toEqual(['p']);
    await onAlarm(TICK_ALARM, T0);
    expect(lastStates(1)).toEqual([]);
  });

  it('the minute tick lets go of a Page with no inbox tab and unseen for a day; it is rebuilt when it returns', async () => {
    const dayAgo = T0 - 25 * 60 * MIN;
    await handleObserve(batch({ pageId: '222', seenAt: dayAgo, open: { threadId: '9', title: 'Z', messages: [message('z', 'customer', dayAgo)] } }), dayAgo);
    await handleObserve(batch({ seenAt: T0, open: { threadId: '1', title: 'A', messages: [message('c', 'customer', T0)] } }), T0);
    const recomputed = vi.spyOn(PageFigures.prototype, 'stats');
    await onAlarm(TICK_ALARM, T0 + MIN);
    await onAlarm(TICK_ALARM, T0 + 2 * MIN);
    expect(new Set(recomputed.mock.contexts.map((figures) => (figures as PageFigures).pageId))).toEqual(new Set(['111']));
    expect(cachedPageIds()).toEqual(['111']);
    recomputed.mockRestore();
    const returned = await handleStatesRequest({ pageId: '222' }, T0 + 3 * MIN);
    expect(returned.states.map((s) => s.threadId)).toEqual(['9']);
  });
});
