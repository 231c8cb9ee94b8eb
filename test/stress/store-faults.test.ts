/**
 * The store and the background's observe handler under faults: the disk fills up in the middle
 * of a batch, a write fails half-way, the worker restarts (a new connection) and the content
 * script re-sends what it had, two tabs send the same conversations interleaved. Nothing is lost,
 * nothing is doubled, a batch that could not be stored is answered with a clear message and
 * stored in full when sent again.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleObserve } from '@/core/pages/observe';
import { forgetPageFigures, pageFigures } from '@/core/pages/page-figures';
import { closeStore, openStore } from '@/core/store/connection';
import { readEverything } from '@/core/store/backup';
import type { ObservationBatch } from '@/core/messages';
import { batch, message, MIN, row, T0 } from '../support/batches';
import { inboxUrl, startBackground } from '../support/background-harness';

const RUNS = process.env.STRESS === '1' ? 60 : 8;

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }, { id: 2, url: inboxUrl('111') }]); });
afterEach(() => vi.restoreAllMocks());

/** Makes the `nth` put (counting from 1) on `store` throw `error`, and every put after it when `sticky`. */
function failPut(store: string, nth: number, error: () => Error, sticky = false): { calls: () => number } {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store) {
      calls += 1;
      if (calls === nth || (sticky && calls > nth)) throw error();
    }
    return put.apply(this, args);
  });
  return { calls: () => calls };
}

async function counts() {
  const db = await openStore();
  return { messages: (await readEverything()).messages.length, threads: await db.count('threads'), batches: await db.count('batches') };
}

async function storedIds(): Promise<string[]> {
  return (await readEverything()).messages.map((m) => m.messageId ?? m.key).sort();
}

/** A conversation of `n` messages alternating customer / Page, a minute apart. */
function conversation(threadId: string, n: number, from = T0): ObservationBatch['open'] {
  return { threadId, title: `Customer ${threadId}`, messages: Array.from({ length: n }, (_, i) => message(`m-${threadId}-${i}`, i % 2 ? 'page' : 'customer', from + i * MIN)) };
}

describe('store faults', () => {
  it('disk full when a batch\'s 12 messages are written (after its thread and Page): nothing of the batch is kept, the reply says so, the re-sent batch is stored in full', async () => {
    await handleObserve(batch({ open: conversation('1', 2) }), T0 + 5 * MIN);
    const before = { counts: await counts(), ids: await storedIds() };
    const b = batch({ rows: [row('title:customer 2', T0 + 11 * MIN, false, 'Customer 2')], open: conversation('2', 12) });
    // The messages of a thread are one record per batch (its chunk), written after the thread and Page records.
    const chunkPuts = failPut('threadMessages', 1, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const reply = await handleObserve(b, T0 + 20 * MIN);
    expect(reply).toEqual({ acknowledged: b.batchId, states: [], stored: false, failure: 'quota' });
    expect(chunkPuts.calls()).toBeGreaterThan(0);
    vi.restoreAllMocks();
    expect({ counts: await counts(), ids: await storedIds() }).toEqual(before);
    const again = await handleObserve(b, T0 + 21 * MIN);
    expect(again).toMatchObject({ stored: true, failure: null });
    expect((await counts()).messages).toBe(14);
    expect((await pageFigures('111')).stats(T0 + 21 * MIN).requests).toBe(2);
  });

  it('another write error half-way (threads store): the generic message, nothing half-written, stored when sent again', async () => {
    const b = batch({ rows: [row('title:a', T0, false, 'A'), row('title:b', T0 + MIN, false, 'B'), row('title:c', T0 + 2 * MIN, false, 'C')] });
    failPut('threads', 2, () => new DOMException('Something went wrong.', 'UnknownError'));
    expect(await handleObserve(b, T0 + 5 * MIN)).toMatchObject({ stored: false, failure: 'write' });
    vi.restoreAllMocks();
    expect(await counts()).toEqual({ messages: 0, threads: 0, batches: 0 });
    expect(await handleObserve(b, T0 + 5 * MIN)).toMatchObject({ stored: true });
    expect(await counts()).toEqual({ messages: 3, threads: 3, batches: 1 });
  });

  it('the disk stays full: every batch is answered with the message, none is acknowledged as stored', async () => {
    failPut('threadMessages', 1, () => new DOMException('quota', 'QuotaExceededError'), true);
    for (let i = 0; i < 5; i++) {
      const reply = await handleObserve(batch({ open: conversation(String(10 + i), 3, T0 + i * 10 * MIN) }), T0 + 60 * MIN);
      expect(reply).toMatchObject({ stored: false, failure: 'quota' });
    }
    vi.restoreAllMocks();
    expect(await counts()).toEqual({ messages: 0, threads: 0, batches: 0 });
  });

  it('after a worker restart (new connection, no cached figures) re-sent batches change nothing', async () => {
    const sent = [batch({ open: conversation('1', 4) }), batch({ open: conversation('2', 3, T0 + 30 * MIN) }), batch({ rows: [row('title:x', T0, false, 'X')] })];
    for (const b of sent) await handleObserve(b, T0 + 40 * MIN);
    const before = { counts: await counts(), ids: await storedIds(), stats: (await pageFigures('111')).stats(T0 + 40 * MIN) };
    await closeStore();
    forgetPageFigures();
    for (const b of sent) expect(await handleObserve(b, T0 + 40 * MIN)).toMatchObject({ stored: true, acknowledged: b.batchId });
    // The same observations in new batches (the content script lost its outbox ids): still once.
    for (const b of sent) await handleObserve({ ...b, batchId: `${b.batchId}-again` }, T0 + 40 * MIN);
    expect({ ...(await counts()), batches: 0 }).toEqual({ ...before.counts, batches: 0 });
    expect(await storedIds()).toEqual(before.ids);
    expect((await pageFigures('111')).stats(T0 + 40 * MIN)).toEqual(before.stats);
  });

  it('two tabs sending the same conversations interleaved: every message once, figures as from one tab (fast-check)', async () => {
    const plan = fc.record({
      threads: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
      // each tab sees a prefix of each conversation (it loaded later or earlier), in its own batches
      seenA: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
      seenB: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
      order: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    });
    await fc.assert(fc.asyncProperty(plan, async ({ threads, seenA, seenB, order }) => {
      await startBackground([{ id: 1, url: inboxUrl('111'), active: true }, { id: 2, url: inboxUrl('111') }]);
      const full = threads.map((n, i) => conversation(String(100 + i), n, T0 + i * 7 * MIN)!);
      const cut = (c: NonNullable<ObservationBatch['open']>, share: number) => ({ ...c, messages: c.messages.slice(0, Math.max(1, Math.ceil(c.messages.length * share))) });
      const tabA = full.map((c, i) => batch({ open: cut(c, seenA[i]!), seenAt: T0 + 60 * MIN }));
      const tabB = full.map((c, i) => batch({ open: cut(c, seenB[i]!), seenAt: T0 + 61 * MIN }));
      const tabAll = full.map((c) => batch({ open: c, seenAt: T0 + 62 * MIN }));
      // interleave A and B as the order says, some sent concurrently, then each tab's full view
      const queue = [...tabA, ...tabB];
      const inFlight: Promise<unknown>[] = [];
      for (const concurrent of order) {
        const next = (concurrent ? queue.pop() : queue.shift());
        if (!next) break;
        const sending = handleObserve(next, T0 + 63 * MIN);
        if (concurrent) inFlight.push(sending); else await sending;
      }
      await Promise.all([...inFlight, ...queue.map((b) => handleObserve(b, T0 + 63 * MIN))]);
      await Promise.all(tabAll.map((b) => handleObserve(b, T0 + 63 * MIN)));
      const ids = await storedIds();
      expect(ids).toEqual(full.flatMap((c) => c.messages.map((m) => m.id)).sort());
      const interleaved = (await pageFigures('111')).stats(T0 + 63 * MIN);
      forgetPageFigures();
      await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]);
      for (const b of full.map((c) => batch({ open: c, seenAt: T0 + 62 * MIN }))) await handleObserve(b, T0 + 63 * MIN);
      expect(interleaved).toEqual((await pageFigures('111')).stats(T0 + 63 * MIN));
    }), { numRuns: RUNS });
  });
});
