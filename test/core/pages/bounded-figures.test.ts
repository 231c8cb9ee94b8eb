import { beforeEach, describe, expect, it } from 'vitest';
import { handleObserve } from '@/core/pages/observe';
import { buildOverview } from '@/core/pages/overview';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

/** A reply in its question's divider run: known only between the divider's minute and the next divider. */
const replyUnderDivider = (id: string, at: number, nextDividerAt: number, thanksAt?: number) => batch({ open: { threadId: id, title: `Customer ${id}`, rowKey: `row-${id}`, messages: [
  message(`c-${id}`, 'customer', at, { atQuality: 'divider', atMax: at + MIN - 1 }),
  message(`p-${id}`, 'page', at, { atQuality: 'divider', atMax: nextDividerAt }),
  ...(thanksAt === undefined ? [] : [message(`t-${id}`, 'customer', thanksAt)]),
] } });

describe('R13: the bounds a read stored reach the figures', () => {
  it('gives a reply known only within its divider run a time range, and the badge is uncertain', async () => {
    await handleObserve(replyUnderDivider('a', T0, T0 + 30 * MIN), T0 + 40 * MIN);
    const { stats } = (await buildOverview('111', T0 + 40 * MIN))!;
    expect(stats.responseTimeRange).toEqual([0, 30 * 60]);
    expect(stats.badgeStatus).toBe('uncertain');
  });

  it('names the conversations where opening pins a ranged reply (their latest message), and counts every ranged reply', async () => {
    await handleObserve(replyUnderDivider('latest', T0, T0 + 30 * MIN), T0 + 40 * MIN);
    await handleObserve(replyUnderDivider('mid-run', T0, T0 + 30 * MIN, T0 + 30 * MIN), T0 + 40 * MIN);
    const { rangedReplies } = (await buildOverview('111', T0 + 40 * MIN))!;
    expect(rangedReplies).toEqual({ count: 2, pinnableCount: 1, pinnable: [{ threadId: 'latest', rowKey: 'row-latest', title: 'Customer latest' }] });
  });
});
