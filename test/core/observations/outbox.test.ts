import { describe, expect, it } from 'vitest';
import type { DeliveryHealth, ObservationBatch } from '@/core/messages';
import { FirstSeen, ObservationOutbox, toObservationBatch, type ObserveReply } from '@/core/observations/outbox';

const open = { threadId: '100000000000001', title: 'Sinta Dewi', rowKey: 'title:sinta dewi', messages: [
  { id: 'mid.$a', from: 'customer' as const, automated: false, author: null, at: 1000, atMin: 1000, atMax: 1000, atQuality: 'utime' as const },
  { id: 'mid.$b', from: 'customer' as const, automated: false, author: null, at: null, atMin: null, atMax: null, atQuality: null },
] };
const source = { pageId: '111', channel: 'messenger' as const, folder: null, rows: [], open, awayBanner: null };

describe('toObservationBatch', () => {
  it('gives a message without an instant the moment it was first seen, the same on every later batch', () => {
    const firstSeen = new FirstSeen();
    const first = toObservationBatch(source, 5000, firstSeen);
    const again = toObservationBatch(source, 9000, firstSeen);
    expect(first.open!.messages.map((m) => [m.at, m.atQuality])).toEqual([[1000, 'utime'], [5000, 'seen']]);
    expect(again.open!.messages[1]).toMatchObject({ at: 5000, atQuality: 'seen' });
    expect(first.batchId).not.toBe(again.batchId);
    expect(JSON.stringify(first)).not.toContain('<');
  });
});

describe('ObservationOutbox', () => {
  const reply = (batch: ObservationBatch, stored = true): ObserveReply => ({ acknowledged: batch.batchId, states: [], stored, failure: stored ? null : 'quota' });
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('keeps a batch until acknowledged, re-sends it after a failure, in order', async () => {
    const sent: string[] = [];
    let fail = 2;
    const timers: Array<() => void> = [];
    const replies: ObserveReply[] = [];
    const outbox = new ObservationOutbox({
      send: async (b) => { sent.push(b.batchId); if (fail-- > 0) throw new Error('Could not establish connection'); return reply(b); },
      onReply: (r) => replies.push(r),
      signal: new AbortController().signal,
      setTimer: (fn) => timers.push(fn),
    });
    const a = toObservationBatch(source, 1, new FirstSeen());
    const b = toObservationBatch(source, 2, new FirstSeen());
    outbox.push(a);
    outbox.push(b);
    await Promise.resolve(); await Promise.resolve();
    expect(outbox.pending).toBe(2);
    timers.shift()!(); await new Promise((r) => setTimeout(r, 0));
    timers.shift()!(); await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(0);
    expect(sent).toEqual([a.batchId, a.batchId, a.batchId, b.batchId]);
    expect(replies.map((r) => r.acknowledged)).toEqual([a.batchId, b.batchId]);
  });

  it('sends the batches that queued behind the one in flight as one, and never changes one it may have sent', async () => {
    const sent: ObservationBatch[] = [];
    let release: () => void = () => {};
    const outbox = new ObservationOutbox({
      send: async (b) => { sent.push(b); if (sent.length === 1) await new Promise<void>((r) => { release = r; }); return reply(b); },
      onReply: () => {}, signal: new AbortController().signal, setTimer: () => {},
    });
    const firstSeen = new FirstSeen();
    const batches = [1, 2, 3, 4].map((n) => toObservationBatch({ ...source, open: { ...open, messages: [{ ...open.messages[0]!, id: `mid.$n${n}` }] } }, n, firstSeen));
    for (const b of batches) outbox.push(b);
    expect(outbox.pending).toBe(2);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(0);
    expect(sent.map((b) => b.open!.messages.map((m) => m.id))).toEqual([['mid.$n1'], ['mid.$n2', 'mid.$n3', 'mid.$n4']]);
    expect(sent[0]).toBe(batches[0]);
  });

  it('does not drop a batch the background failed to store', async () => {
    const timers: Array<() => void> = [];
    const outbox = new ObservationOutbox({ send: async (b) => reply(b, false), onReply: () => {}, signal: new AbortController().signal, setTimer: (fn) => timers.push(fn) });
    outbox.push(toObservationBatch(source, 1, new FirstSeen()));
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(1);
    expect(timers).toHaveLength(1);
  });

  it('drops a batch of a Page the tab has left, which the background refuses, and sends the new Page\'s', async () => {
    let tabsPage = '111';
    const sent: string[] = [];
    const timers: Array<() => void> = [];
    const outbox = new ObservationOutbox({
      send: async (b) => {
        sent.push(b.pageId);
        if (b.pageId !== tabsPage) throw new Error('A batch of another Page is refused');
        return reply(b);
      },
      onReply: () => {},
      onTabsPage: (b) => b.pageId === tabsPage,
      signal: new AbortController().signal,
      setTimer: (fn) => timers.push(fn),
    });
    tabsPage = '222'; // the agency switched Pages while the first batch waited
    outbox.push(toObservationBatch(source, 1, new FirstSeen()));
    outbox.push(toObservationBatch({ ...source, pageId: '222' }, 2, new FirstSeen()));
    await new Promise((r) => setTimeout(r, 0));
    for (const fn of timers.splice(0)) fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(outbox.pending).toBe(0);
    expect(sent).toContain('222');
  });

  it('gives up a batch the background keeps failing to store, sends the ones behind it, and says why and how many', async () => {
    const timers: Array<() => void> = [];
    const deliveries: DeliveryHealth[] = [];
    const firstSeen = new FirstSeen();
    const poisoned = toObservationBatch(source, 1, firstSeen);
    const next = toObservationBatch(source, 2, firstSeen);
    const stored: string[] = [];
    const outbox = new ObservationOutbox({
      send: async (b) => { if (b === poisoned) return reply(b, false); stored.push(b.batchId); return reply(b); },
      onReply: () => {}, onDelivery: (d) => deliveries.push(d), maxAttempts: 3,
      signal: new AbortController().signal, setTimer: (fn) => timers.push(fn),
    });
    outbox.push(poisoned);
    outbox.push(next);
    await settle();
    expect(outbox.health).toEqual({ storeFailure: 'quota', droppedBatches: 0 });
    for (let i = 0; i < 3 && timers.length; i++) { timers.shift()!(); await settle(); }
    expect(stored).toEqual([next.batchId]);
    expect(outbox.pending).toBe(0);
    expect(deliveries).toEqual([
      { storeFailure: 'quota', droppedBatches: 0 },
      { storeFailure: 'quota', droppedBatches: 1 },
      { storeFailure: null, droppedBatches: 1 },
    ]);
  });

  it('counts the batches it had to push out of a full queue, and never the one in flight', async () => {
    const deliveries: DeliveryHealth[] = [];
    const sent: ObservationBatch[] = [];
    const outbox = new ObservationOutbox({
      send: (b) => { sent.push(b); return new Promise(() => {}); },
      onReply: () => {}, onDelivery: (d) => deliveries.push(d), capacity: 2,
      signal: new AbortController().signal, setTimer: () => {},
    });
    const rowsOnly = (n: number) => toObservationBatch({ ...source, open: null, rows: [{ key: `title:row ${n}` } as never] }, n, new FirstSeen());
    const batches = [1, 2, 3, 4].map(rowsOnly);
    outbox.push(batches[0]!);
    for (const b of batches.slice(1)) outbox.push({ ...b, pageId: `other-${b.seenAt}` }); // different Pages: never merged
    expect(outbox.pending).toBe(2);
    expect(sent).toEqual([batches[0]]);
    expect(deliveries.at(-1)).toEqual({ storeFailure: null, droppedBatches: 2 });
  });

  it('with a spacing, sends at most once per spacing: what arrives meanwhile goes as one batch', async () => {
    const sent: ObservationBatch[] = [];
    const timers: Array<{ fn: () => void; ms: number }> = [];
    let now = 10_000;
    const outbox = new ObservationOutbox({
      send: async (b) => { sent.push(b); return reply(b); },
      onReply: () => {}, signal: new AbortController().signal,
      setTimer: (fn, ms) => timers.push({ fn, ms }), spacingMs: 500, clock: () => now,
    });
    const firstSeen = new FirstSeen();
    const batch = (n: number) => toObservationBatch({ ...source, open: { ...open, messages: [{ ...open.messages[0]!, id: `mid.$n${n}` }] } }, n, firstSeen);
    outbox.push(batch(1));
    await settle();
    expect(sent).toHaveLength(1); // the first after a quiet spell goes at once
    now += 100;
    outbox.push(batch(2));
    now += 100;
    outbox.push(batch(3));
    await settle();
    expect(sent).toHaveLength(1);
    expect(timers.map((t) => t.ms)).toEqual([400]);
    now += 300;
    timers.shift()!.fn();
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.open!.messages.map((m) => m.id)).toEqual(['mid.$n2', 'mid.$n3']);
    expect(outbox.pending).toBe(0);
  });
});
