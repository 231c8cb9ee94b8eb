import { beforeEach, describe, expect, it } from 'vitest';
import { handleObserve } from '@/core/pages/observe';
import { switchAway } from '@/core/pages/options';
import { buildOverview } from '@/core/pages/overview';
import { pageFigures } from '@/core/pages/page-figures';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

const HOUR = 60 * MIN;
beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const customer = (id: string, at: number) => batch({ open: { threadId: id, title: id, messages: [message(`m-${id}`, 'customer', at)] } });

describe('Away (R9)', () => {
  it('excludes requests that arrive while Away is switched on by hand', async () => {
    expect(await switchAway({ pageId: '111', away: true }, T0)).toEqual({ awayUntil: T0 + 12 * HOUR });
    await handleObserve(customer('1', T0 + HOUR), T0 + HOUR);
    const stats = (await pageFigures('111')).stats(T0 + 2 * HOUR);
    expect(stats.requests).toBe(0);
    // The conversation keeps its inline state all the same.
    expect(Object.keys(stats.threads)).toEqual(['1']);
  });

  it('reverts to available 12 hours after it was switched on', async () => {
    await switchAway({ pageId: '111', away: true }, T0);
    await handleObserve(customer('1', T0 + 12 * HOUR + MIN), T0 + 12 * HOUR + MIN);
    expect((await pageFigures('111')).stats(T0 + 13 * HOUR).requests).toBe(1);
    expect((await buildOverview('111', T0 + 13 * HOUR))!.awayUntil).toBeNull();
    expect((await buildOverview('111', T0 + HOUR))!.awayUntil).toBe(T0 + 12 * HOUR);
  });

  it('switching Away off ends it at once', async () => {
    await switchAway({ pageId: '111', away: true }, T0);
    expect(await switchAway({ pageId: '111', away: false }, T0 + HOUR)).toEqual({ awayUntil: null });
    await handleObserve(customer('1', T0 + 2 * HOUR), T0 + 2 * HOUR);
    expect((await pageFigures('111')).stats(T0 + 3 * HOUR).requests).toBe(1);
  });

  it('treats an observed "scheduled to be away" banner as Away while it is seen', async () => {
    await handleObserve(batch({ awayBanner: true, seenAt: T0 }), T0);
    await handleObserve(batch({ awayBanner: true, seenAt: T0 + 10 * MIN, open: { threadId: '1', title: '1', messages: [message('m1', 'customer', T0 + 5 * MIN)] } }), T0 + 10 * MIN);
    expect((await pageFigures('111')).stats(T0 + 20 * MIN).requests).toBe(0);
  });

  it('keeps Away per Page', async () => {
    await switchAway({ pageId: '222', away: true }, T0);
    await handleObserve(customer('1', T0 + HOUR), T0 + HOUR);
    expect((await pageFigures('111')).stats(T0 + 2 * HOUR).requests).toBe(1);
  });
});
