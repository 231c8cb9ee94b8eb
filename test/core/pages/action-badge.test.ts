import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionBadgeFor, RISK_COLOURS } from '@/core/pages/action-badge';
import { handleObserve } from '@/core/pages/observe';
import { pageNow, refreshTabBadge } from '@/core/pages/publish';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const waits = (id: string, at: number, channel: 'messenger' | 'instagram' = 'messenger') =>
  batch({ channel, open: { threadId: id, title: id, messages: [message(`m-${id}`, 'customer', at)] } });

describe('toolbar badge', () => {
  it('counts Messenger conversations past half the target that can still be answered', async () => {
    await handleObserve(waits('fresh', T0 + 5 * MIN), T0 + 5 * MIN); // ok at T0+9
    await handleObserve(waits('soon', T0), T0 + MIN); // soon at T0+9
    await handleObserve(waits('late', T0 - 20 * MIN), T0 + MIN); // late
    await handleObserve(waits('expired', T0 - 25 * 60 * MIN), T0 + MIN); // reply window closed
    await handleObserve(waits('insta', T0 - 20 * MIN, 'instagram'), T0 + MIN); // another channel
    const { stats, states } = await pageNow('111', T0 + 9 * MIN);
    const badge = actionBadgeFor(stats, states);
    expect(badge.text).toBe('2');
    expect(badge.colour).toBe(RISK_COLOURS[stats.risk]);
    expect(badge.title).toContain('action_title_waiting: 2');
  });

  it('says "1 conversation" in the singular, not "conversation(s)"', async () => {
    await handleObserve(waits('soon', T0), T0 + MIN);
    const { stats, states } = await pageNow('111', T0 + 9 * MIN);
    const badge = actionBadgeFor(stats, states);
    expect(badge.text).toBe('1');
    expect(badge.title).toMatch(/^action_title_waiting_one/);
  });

  it('shows nothing, and says so in words, when nobody waits', async () => {
    await refreshTabBadge(1, '111', T0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe('action_title_no_requests');
  });

  it('is cleared on a tab that leaves the inbox', async () => {
    await handleObserve(waits('soon', T0), T0 + 8 * MIN);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('1');
    await refreshTabBadge(1, null, T0 + 9 * MIN);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('colours by risk with the risk in words in the title', async () => {
    await handleObserve(batch({ open: { threadId: 'a', title: 'a', messages: [message('c', 'customer', T0), message('p', 'page', T0 + MIN)] } }), T0 + 2 * MIN);
    await refreshTabBadge(1, '111', T0 + 2 * MIN);
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe('action_title_none: action_risk_safe');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual([0x1e, 0x7e, 0x34, 255]);
  });

  it('stays neutral, saying it is still learning, on a first run that has read only list rows', async () => {
    // Answered conversations whose customers said "thanks" last: as rows, each is a request not yet read.
    await handleObserve(batch({ rows: ['a', 'b', 'c'].map((k, i) => row(k, T0 - (i + 1) * 60 * MIN, false)) }), T0);
    await refreshTabBadge(1, '111', T0);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual([0x5f, 0x63, 0x68, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe('action_title_learning');
  });
});
