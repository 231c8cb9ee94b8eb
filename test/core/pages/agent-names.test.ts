import { beforeEach, describe, expect, it } from 'vitest';
import { listAgentNames, putAgentNames } from '@/core/pages/agent-names';
import { handleObserve } from '@/core/pages/observe';
import { loadPageReport } from '@/core/pages/report';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

describe('agent names in the options', () => {
  it('lists the names replies and assignment notes showed, and the report uses the team\'s names', async () => {
    await handleObserve(batch({ open: { threadId: '1', title: 'A', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 3 * MIN, { author: 'Fah S.' })] } }), T0 + 5 * MIN);
    await handleObserve(batch({ open: { threadId: '2', title: 'B', assignedTo: 'Fah Somchai', messages: [message('c2', 'customer', T0 + MIN), message('p2', 'page', T0 + 9 * MIN, { author: 'Jonas' })] } }), T0 + 10 * MIN);
    expect(await listAgentNames({ pageId: '111' })).toEqual([{ shown: 'Fah S.', name: 'Fah S.' }, { shown: 'Fah Somchai', name: 'Fah Somchai' }, { shown: 'Jonas', name: 'Jonas' }]);
    expect(await putAgentNames({ pageId: '111', names: { 'Fah S.': 'Fah Somchai', 'Fah Somchai': 'Fah Somchai', Jonas: 'Jonas Lind ' } })).toEqual({ ok: true });
    expect(await listAgentNames({ pageId: '111' })).toEqual([{ shown: 'Fah S.', name: 'Fah Somchai' }, { shown: 'Fah Somchai', name: 'Fah Somchai' }, { shown: 'Jonas', name: 'Jonas Lind' }]);
    const report = await loadPageReport('111', T0 + 20 * MIN);
    expect(report?.agents.map((a) => [a.agent, a.answered])).toEqual([['Fah Somchai', 1], ['Jonas Lind', 1]]);
  });

  it('refuses a name that is too long, and keeps the names as they were', async () => {
    expect(await putAgentNames({ pageId: '111', names: { Jonas: 'x'.repeat(201) } })).toEqual({ ok: false });
  });
});
