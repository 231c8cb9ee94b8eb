import { beforeEach, describe, expect, it } from 'vitest';
import type { ThreadStatesUpdate } from '@/core/messages';
import { handleObserve, handleStatesRequest } from '@/core/pages/observe';
import { onAlarm, TICK_ALARM } from '@/core/pages/schedule';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground, type Pushed } from '../../support/background-harness';

let pushed: Pushed[];
beforeEach(async () => { pushed = await startBackground([{ id: 1, url: inboxUrl('111'), active: true }, { id: 2, url: inboxUrl('111') }]); });

const waits = (threadId: string, at = T0) => batch({ open: { threadId, title: `C${threadId}`, messages: [message(`c-${threadId}`, 'customer', at)] } });
const answered = (threadId: string, at = T0 + 2 * MIN) =>
  batch({ open: { threadId, title: `C${threadId}`, messages: [message(`c-${threadId}`, 'customer', T0), message(`p-${threadId}`, 'page', at)] } });
const lastPush = (tabId: number) => pushed.filter((p) => p.tabId === tabId && p.type === 'backgroundToContent:threadStates').at(-1)?.payload as ThreadStatesUpdate | undefined;
const ids = (update: ThreadStatesUpdate | undefined) => update?.states.map((s) => s.threadId).sort();

describe('badge states sent after a batch', () => {
  it('carry only the conversation the batch changed, in the reply and to the other tabs', async () => {
    await handleObserve(waits('1'), T0 + MIN, 1);
    const reply = await handleObserve(waits('2'), T0 + MIN, 1);
    expect(reply).toMatchObject({ partial: true, removed: [] });
    expect(ids(reply)).toEqual(['2']);
    expect(lastPush(2)).toMatchObject({ pageId: '111', partial: true, removed: [] });
    expect(ids(lastPush(2))).toEqual(['2']);
  });

  it('name a conversation that stopped waiting (answered), so the tabs take its badge off', async () => {
    await handleObserve(waits('1'), T0 + MIN, 1);
    await handleObserve(waits('2'), T0 + MIN, 1);
    const reply = await handleObserve(answered('2'), T0 + 3 * MIN, 1);
    expect(reply).toMatchObject({ states: [], partial: true, removed: ['2'] });
    expect(lastPush(2)).toMatchObject({ states: [], partial: true, removed: ['2'] });
  });

  it('are every waiting conversation when a tab starting on the Page asks, and on the minute tick', async () => {
    await handleObserve(waits('1'), T0 + MIN, 1);
    await handleObserve(waits('2'), T0 + MIN, 1);
    const asked = await handleStatesRequest({ pageId: '111' }, T0 + 2 * MIN);
    expect(asked.partial).toBe(false);
    expect(ids(asked)).toEqual(['1', '2']);
    await onAlarm(TICK_ALARM, T0 + 3 * MIN);
    expect(lastPush(1)).toMatchObject({ partial: false });
    expect(ids(lastPush(1))).toEqual(['1', '2']);
  });

  it('are every waiting conversation when the batch saw the Away banner (it changes every state)', async () => {
    await handleObserve(waits('1'), T0 + MIN, 1);
    const reply = await handleObserve(batch({ awayBanner: true, open: { threadId: '2', title: 'C2', messages: [message('c-2', 'customer', T0)] } }), T0 + MIN, 1);
    expect(reply.partial).toBe(false);
  });
});
