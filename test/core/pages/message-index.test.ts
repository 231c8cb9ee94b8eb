import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { rowKeyOf } from '@/core/inbox/thread-key';
import type { ObservationBatch } from '@/core/messages';
import { readEverything } from '@/core/store/backup';
import { pageIndex } from '@/core/store/message-index';
import { loadPage } from '@/core/store/pages';
import { deleteAllData, exportData, importData } from '@/core/pages/data-transfer';
import { handleObserve } from '@/core/pages/observe';
import { forgetPageFigures, pageFigures } from '@/core/pages/page-figures';
import { onAlarm, PRUNE_ALARM } from '@/core/pages/schedule';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });
afterEach(() => vi.restoreAllMocks());

const DAY = 86_400_000;
const open = (threadId: string, ids: string[], at = T0) =>
  batch({ seenAt: at, open: { threadId, title: `T${threadId}`, messages: ids.map((id, i) => message(id, i % 2 ? 'page' : 'customer', at + i * MIN)) } });
/** Each stored message's thread, by message id; a message stored twice shows as a list of threads. */
async function holders(): Promise<Record<string, string | string[]>> {
  const found: Record<string, string[]> = {};
  for (const m of (await readEverything()).messages) {
    const id = m.messageId ?? m.key;
    found[id] = [...(found[id] ?? []), m.threadKey];
  }
  return Object.fromEntries(Object.entries(found).map(([id, threads]) => [id, threads.length === 1 ? threads[0]! : threads]));
}

describe('the worker\'s message index', () => {
  it('stores each message once when two batches of the same Page come in at the same time', async () => {
    const ids = ['m1', 'm2', 'm3'];
    await Promise.all([handleObserve(open('1', ids), T0 + 5 * MIN), handleObserve(open('2', ids), T0 + 5 * MIN)]);
    expect(await holders()).toEqual({ m1: '2', m2: '2', m3: '2' });
  });

  it('moves a message re-sent under another thread after an import instead of storing it twice', async () => {
    await handleObserve(open('1', ['x1']), T0 + MIN);
    const file = await exportData('json', T0 + 2 * MIN);
    await deleteAllData();
    await handleObserve(open('2', ['y1']), T0 + 3 * MIN); // the figures (and index) now know only y1
    expect((await importData(file.text, T0 + 60 * MIN)).ok).toBe(true);
    await handleObserve(open('2', ['x1']), T0 + 4 * MIN);
    expect(await holders()).toEqual({ x1: '2' });
  });

  it('stores a message re-sent after the daily prune once', async () => {
    await handleObserve(open('1', ['old'], T0 - 100 * DAY), T0);
    await handleObserve(open('1', ['young']), T0 + MIN);
    await onAlarm(PRUNE_ALARM, T0 + 2 * MIN);
    await handleObserve(open('2', ['young', 'old'], T0), T0 + 3 * MIN);
    expect(await holders()).toEqual({ young: '2', old: '2' });
  });

  it('stores a message re-sent after "delete all data" once', async () => {
    await handleObserve(open('1', ['x1']), T0 + MIN);
    await deleteAllData();
    await handleObserve(open('2', ['x1']), T0 + 2 * MIN);
    await handleObserve(open('3', ['x1']), T0 + 3 * MIN);
    expect(await holders()).toEqual({ x1: '3' });
  });

  it('stays equal to an index rebuilt from the store after any sequence of batches, its figures equal figures rebuilt from the store, and no message is stored twice', async () => {
    const titles = ['A', 'B', 'C'];
    const step = fc.record({
      threadId: fc.option(fc.constantFrom('1', '2', '3'), { nil: null }),
      title: fc.constantFrom(...titles),
      messages: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
      rows: fc.subarray([0, 1, 2]).map((picked) => picked.map((i) => row(rowKeyOf(titles[i]!)!, T0 + (i + 1) * 7 * MIN, i === 1, titles[i]!))),
      together: fc.boolean(),
    });
    const toBatch = (s: typeof step extends fc.Arbitrary<infer T> ? T : never): ObservationBatch =>
      batch({ seenAt: T0 + 60 * MIN, rows: s.rows, open: { threadId: s.threadId, title: s.title, messages: s.messages.map((i) => message(`m${i}`, i % 2 ? 'page' : 'customer', T0 + i * 5 * MIN)) } });
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
      await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]);
      const warn = vi.spyOn(console, 'warn');
      // Consecutive steps marked `together` are sent at once, as two tabs would.
      for (let i = 0; i < steps.length; i++) {
        const group = [steps[i]!];
        while (steps[i]!.together && i + 1 < steps.length) group.push(steps[++i]!);
        await Promise.all(group.map((s) => handleObserve(toBatch(s), T0 + 60 * MIN)));
      }
      const figures = await pageFigures('111');
      expect(pageIndex('111')?.entries()).toEqual((await loadPage('111')).index.entries());
      // The figures followed each batch from what it wrote: the same as figures rebuilt from the store.
      forgetPageFigures('111');
      expect(figures.stats(T0 + 60 * MIN)).toEqual((await pageFigures('111')).stats(T0 + 60 * MIN));
      expect(Object.values(await holders()).filter(Array.isArray)).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
      warn.mockRestore();
    }), { numRuns: 40 });
  });
});
