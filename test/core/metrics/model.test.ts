import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRequests, computeStats, DEFAULT_METRIC_SETTINGS, inTimeOrder, MetricModel, mostUrgent, type AwayPeriod, type MetricSettings, type RequestRecord, type ThreadInput } from '@/core/metrics';
import { away, boundedInbox, boundedMessage, inbox, message, now as anyNow, settings as anySettings } from '../../support/inbox-arbitrary';
import { c, daily, p, t, thread } from '../../support/inbox-builder';

type Operation =
  | { kind: 'set'; thread: ThreadInput }
  | { kind: 'add'; pick: number; messages: ThreadInput['messages'] }
  | { kind: 'remove'; pick: number }
  | { kind: 'away'; away: AwayPeriod[] }
  | { kind: 'settings'; settings: MetricSettings };

const operationOf = (messages: typeof message): fc.Arbitrary<Operation> => fc.oneof(
  { weight: 4, arbitrary: fc.record({ id: fc.constantFrom('t0', 't1', 't2', 'n1', 'n2'), folder: fc.constantFrom('inbox', 'done', 'spam'), messages: fc.array(messages, { maxLength: 5 }) })
    .map((th) => ({ kind: 'set' as const, thread: th as ThreadInput })) },
  { weight: 4, arbitrary: fc.record({ pick: fc.nat(), messages: fc.array(messages, { minLength: 1, maxLength: 2 }) }).map((o) => ({ kind: 'add' as const, ...o })) },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'remove' as const, pick })) },
  { weight: 1, arbitrary: away.map((a) => ({ kind: 'away' as const, away: a })) },
  { weight: 1, arbitrary: anySettings.map((s) => ({ kind: 'settings' as const, settings: s })) },
);

/** Applies `operations` to a model and to a plain list of threads; after each, the model's stats equal computeStats at every instant. */
function expectModelFollows(x: { threads: ThreadInput[]; away: AwayPeriod[]; settings: MetricSettings }, operations: Operation[], instants: number[]): void {
  const model = new MetricModel({ threads: x.threads, away: x.away }, x.settings);
  const threads = new Map(x.threads.map((th) => [th.id, th]));
  let currentAway: readonly AwayPeriod[] = x.away;
  let currentSettings = x.settings;
  for (const op of operations) {
    const ids = [...threads.keys()];
    if (op.kind === 'set') {
      model.setThread(op.thread);
      threads.set(op.thread.id, op.thread);
    } else if (op.kind === 'add' && ids.length) {
      const id = ids[op.pick % ids.length]!;
      model.addMessages(id, op.messages);
      threads.set(id, { ...threads.get(id)!, messages: [...threads.get(id)!.messages, ...op.messages] });
    } else if (op.kind === 'remove' && ids.length) {
      const id = ids[op.pick % ids.length]!;
      model.removeThread(id);
      threads.delete(id);
    } else if (op.kind === 'away') {
      model.setAway(op.away);
      currentAway = op.away;
    } else if (op.kind === 'settings') {
      model.setSettings(op.settings);
      currentSettings = op.settings;
    }
    for (const at of instants) {
      expect(model.stats(at)).toEqual(computeStats({ threads: [...threads.values()], away: currentAway }, currentSettings, at));
    }
  }
}

describe('MetricModel (incremental) equals the full recompute', () => {
  it('R1–R12: after any sequence of updates, stats(now) equals computeStats of the same inbox', () => {
    fc.assert(fc.property(inbox, fc.array(operationOf(message), { maxLength: 8 }), fc.array(anyNow, { minLength: 1, maxLength: 3 }), expectModelFollows), { numRuns: 120 });
  });

  it('R13: with times known only within bounds, stats(now) still equals computeStats of the same inbox', () => {
    fc.assert(fc.property(boundedInbox, fc.array(operationOf(boundedMessage), { maxLength: 8 }), fc.array(anyNow, { minLength: 1, maxLength: 3 }), expectModelFollows), { numRuns: 120 });
  });

  it('R10 states: waiting(now, limit) is the count and the top of mostUrgent over stats(now).threads, after removals moved threads between slots', () => {
    fc.assert(fc.property(inbox, fc.array(fc.nat(), { maxLength: 4 }), fc.array(anyNow, { minLength: 1, maxLength: 3 }), fc.nat(6), (x, removals, instants, limit) => {
      const model = new MetricModel({ threads: x.threads, away: x.away }, x.settings);
      const ids = x.threads.map((th) => th.id);
      for (const pick of removals) if (ids.length) model.removeThread(ids.splice(pick % ids.length, 1)[0]!);
      for (const at of instants) {
        const states = Object.values(model.stats(at).threads);
        expect(model.waiting(at, limit)).toEqual({ count: states.length, mostUrgent: mostUrgent(states, limit) });
      }
    }), { numRuns: 200 });
  });

  it('R10 states: waiting() puts the earlier request first when two reply deadlines are the same', () => {
    // Both customers last wrote at 08:30 (one deadline); b's request began at 08:20, a's at 08:00.
    const model = new MetricModel({ threads: [thread('b', [c(t('08:20')), c(t('08:30'))]), thread('a', [c(t('08:00')), c(t('08:30'))])], away: [] });
    expect(model.waiting(t('09:00'), 2).mostUrgent.map((s) => s.threadId)).toEqual(['a', 'b']);
  });

  it('R1: addMessages on an unknown thread creates it in the inbox', () => {
    const model = new MetricModel();
    model.addMessages('new', [c(t('08:00'))]);
    expect(model.stats(t('08:01'))).toMatchObject({ requests: 1, pending: 1 });
    expect(model.threadState('new', t('08:01'))?.states).toEqual(['ok']);
  });

  it('R2: a reply through the model answers the waiting customer and clears the state', () => {
    const model = new MetricModel({ threads: daily(9, 3), away: [] }, DEFAULT_METRIC_SETTINGS);
    model.addMessages('w', [c(t('08:00', 20))]);
    expect(model.stats(t('08:05', 20))).toMatchObject({ requests: 10, answered: 9, pending: 1 });
    model.addMessages('w', [p(t('08:06', 20))]);
    const s = model.stats(t('08:07', 20));
    expect(s).toMatchObject({ requests: 10, answered: 10, pending: 0 });
    expect(s.threads.w).toBeUndefined();
  });

  it('R4: moving a thread to Spam through setThread removes it from the figures', () => {
    const model = new MetricModel({ threads: [...daily(9, 3), thread('x', [c(t('08:00', 20))])], away: [] }, DEFAULT_METRIC_SETTINGS);
    expect(model.stats(t('09:00', 20)).requests).toBe(10);
    model.setThread(thread('x', [c(t('08:00', 20))], 'spam'));
    expect(model.stats(t('09:00', 20)).requests).toBe(9);
  });

  it('R5: requests sorted by time, ties by thread then position, whatever the input order', () => {
    const records = Array.from({ length: 300 }, (_, i): RequestRecord => {
      const at = t('08:00') + ((i * 104729) % 97) * 1000 + (i % 2 ? 0.5 : 0);
      return {
        threadId: `t${(i * 7919) % 50}`, seq: i % 3, at, atMin: at, atMax: at,
        firstReplyAt: null, firstReplyAtMin: null, firstReplyAtMax: null, firstReplyBy: null, lastCustomerAt: 0, eligible: true, done: false, latestTimeNotShown: false,
      };
    });
    const sorted = inTimeOrder(records);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(a.at < b.at || (a.at === b.at && (a.threadId < b.threadId || (a.threadId === b.threadId && a.seq <= b.seq)))).toBe(true);
    }
  });

  it('R5: the radix order equals the comparison order over years of history, with ties', () => {
    const record = fc.record({ threadId: fc.constantFrom('a', 'b', 'c'), seq: fc.nat(3), at: fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(5, 5_000_000)) })
      .map((r): RequestRecord => {
        const at = Date.UTC(2020, 0, 1) + r.at;
        return { ...r, at, atMin: at, atMax: at, firstReplyAt: null, firstReplyAtMin: null, firstReplyAtMax: null, firstReplyBy: null, lastCustomerAt: 0, eligible: true, done: false, latestTimeNotShown: false };
      });
    fc.assert(fc.property(fc.array(record, { minLength: 64, maxLength: 300 }), (records) => {
      expect(inTimeOrder(records).map((r) => [r.at, r.threadId, r.seq])).toEqual([...records].sort(compareRequests).map((r) => [r.at, r.threadId, r.seq]));
    }), { numRuns: 50 });
  });

  it('R10 states: a thread id such as "__proto__" is an ordinary key', () => {
    const s = computeStats({ threads: [thread('__proto__', [c(t('08:00'))])], away: [] }, DEFAULT_METRIC_SETTINGS, t('08:01'));
    expect(Object.keys(s.threads)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(s.threads)).toBe(Object.prototype);
    const model = new MetricModel({ threads: [thread('__proto__', [c(t('08:00'))])], away: [] }, DEFAULT_METRIC_SETTINGS);
    expect(model.stats(t('08:01'))).toEqual(s);
  });

  it('R1: a repeated thread id replaces the earlier thread, in both paths', () => {
    const first = thread('a', [c(t('08:00'))]);
    const second = thread('a', [c(t('09:00')), p(t('09:05'))]);
    const input = { threads: [first, thread('b', [c(t('08:30'))]), second], away: [] };
    const expected = computeStats({ threads: [thread('b', [c(t('08:30'))]), second], away: [] }, DEFAULT_METRIC_SETTINGS, t('10:00'));
    expect(computeStats(input, DEFAULT_METRIC_SETTINGS, t('10:00'))).toEqual(expected);
    expect(new MetricModel(input, DEFAULT_METRIC_SETTINGS).stats(t('10:00'))).toEqual(expected);
    expect(expected).toMatchObject({ requests: 2, answered: 1 });
  });
});
