import { beforeEach, describe, expect, it } from 'vitest';
import { handleObserve } from '@/core/pages/observe';
import { openConversationStanding } from '@/core/pages/overview';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

describe('the open conversation: does it count, and if not why', () => {
  it('names the reason by the URL thread id, as the popup knows it', async () => {
    await handleObserve(batch({ open: { threadId: '9', title: 'Ana', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + MIN), message('c2', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
    expect(await openConversationStanding('111', '9', T0 + 32 * MIN)).toEqual({ standing: 'after-page-message' });
    await handleObserve(batch({ open: { threadId: '10', title: 'Bo', messages: [message('c3', 'customer', T0)] } }), T0 + MIN);
    expect(await openConversationStanding('111', '10', T0 + 2 * MIN)).toEqual({ standing: 'counts' });
  });

  it('says nothing of a conversation it has not stored', async () => {
    expect(await openConversationStanding('111', 'never-seen', T0)).toEqual({ standing: null });
  });
});
