import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseThread, awayTest, computeStats, countsAt, pendingAt, type Figures, type MetricInput, type MetricSettings, type ThreadInput } from '@/core/metrics';
import { boundedInbox, busyPage, inbox, instant } from '../../support/inbox-arbitrary';
import { c, DAY, MIN, p } from '../../support/inbox-builder';

const RUNS = { numRuns: 150 };
const run = (threads: readonly ThreadInput[], s: { away: MetricInput['away']; settings: MetricSettings }, now: number) =>
  computeStats({ threads, away: s.away }, s.settings, now);

/** A seeded Fisher–Yates shuffle, so a failing case replays. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('engine properties', () => {
  it('R6: the rate stays in [0, 1] and the time is never negative', () => {
    fc.assert(fc.property(inbox, (x) => {
      const s = run(x.threads, x, x.now);
      for (const f of [s, s.ifAnsweredNow]) {
        if (f.responseRate !== null) expect(f.responseRate).toBeGreaterThanOrEqual(0);
        if (f.responseRate !== null) expect(f.responseRate).toBeLessThanOrEqual(1);
        if (f.responseTimeSeconds !== null) expect(f.responseTimeSeconds).toBeGreaterThanOrEqual(0);
      }
      expect(s.answered + s.pending).toBeLessThanOrEqual(s.requests);
    }), RUNS);
  });

  it('R1/R5: shuffling threads or messages changes nothing', () => {
    fc.assert(fc.property(inbox, fc.integer({ min: 1, max: 2 ** 30 }), (x, seed) => {
      const mixed = shuffled(x.threads, seed).map((th, i) => ({ ...th, messages: shuffled(th.messages, seed + i) }));
      expect(run(mixed, x, x.now)).toEqual(run(x.threads, x, x.now));
    }), RUNS);
  });

  it('R3: an automated message never changes a figure (nor a state)', () => {
    fc.assert(fc.property(inbox, instant, fc.nat(), (x, at, pick) => {
      fc.pre(x.threads.length > 0);
      const i = pick % x.threads.length;
      const withBot = x.threads.map((th, j) => (j === i ? { ...th, messages: [...th.messages, { at, from: 'page' as const, automated: true }] } : th));
      expect(run(withBot, x, x.now)).toEqual(run(x.threads, x, x.now));
    }), RUNS);
  });

  it('R2/R7: answering a pending request sooner never raises the time', () => {
    fc.assert(fc.property(inbox, fc.integer({ min: 1, max: DAY - 1 }), fc.nat(), fc.nat(), (x, age, a, b) => {
      const requestAt = x.now - age;
      const [sooner, later] = [requestAt + (a % (age + 1)), requestAt + (b % (age + 1))].sort((m, n) => m - n) as [number, number];
      const answeredAt = (reply: number) => run([...x.threads, { id: 'x', folder: 'inbox', messages: [c(requestAt), p(reply)] }], x, x.now);
      const s1 = answeredAt(sooner);
      const s2 = answeredAt(later);
      expect(s1.responseRate).toEqual(s2.responseRate);
      expect(s1.responseTimeSeconds ?? 0).toBeLessThanOrEqual((s2.responseTimeSeconds ?? 0) + 1e-9);
    }), RUNS);
  });

  it('R11: answer all by, when given, earns the badge at that second and not one second later (unless it is the cap)', () => {
    let given = 0;
    let beforeCap = 0;
    const property = (x: { threads: ThreadInput[]; away: MetricInput['away']; settings: MetricSettings; now: number }) => {
      const present = x.threads.map((th) => ({ ...th, messages: th.messages.filter((m) => m.at <= x.now) }));
      const s = run(present, x, x.now);
      if (s.answerAllBy === null) return;
      given++;
      const isAway = awayTest(x.away, x.settings.openingHours);
      const pendingIds = present.filter((th) => {
        const latest = analyseThread(th, isAway).at(-1);
        return latest !== undefined && countsAt(latest, x.now) && pendingAt(latest, x.now);
      }).map((th) => th.id);
      expect(pendingIds).toHaveLength(s.pending);
      const answerAt = (reply: number) => run(present.map((th) => (pendingIds.includes(th.id) ? { ...th, messages: [...th.messages, p(reply)] } : th)), x, reply);
      const at = s.answerAllBy;
      expect(at % 1000).toBe(0); // a whole second
      expect(answerAt(at)).toMatchObject({ badge: true, pending: 0, answered: s.answered + s.pending, requests: s.requests });
      const cap = Math.min(...pendingIds.map((id) => s.threads[id]!.requestAt)) + DAY - 1000;
      if (at < cap) {
        beforeCap++;
        expect(answerAt(at + 1000).badge).toBe(false);
      }
      else expect(at).toBe(Math.floor(cap / 1000) * 1000);
    };
    fc.assert(fc.property(inbox, property), { numRuns: 200 });
    fc.assert(fc.property(busyPage, property), { numRuns: 300 });
    // The property was exercised, not skipped, on both sides of the cap.
    expect(given).toBeGreaterThan(60);
    expect(beforeCap).toBeGreaterThan(5);
  });
});

/** Float tolerance of a mean of whole milliseconds, in seconds. */
const TOLERANCE = 1e-9;

/** The figures' time and badge agree with their R13 range and status. */
function expectWithinRange(f: Figures): void {
  if (f.responseTimeSeconds === null) {
    expect(f.responseTimeRange).toBeNull();
    return;
  }
  const [least, greatest] = f.responseTimeRange!;
  expect(least).toBeLessThanOrEqual(f.responseTimeSeconds + TOLERANCE);
  expect(f.responseTimeSeconds).toBeLessThanOrEqual(greatest + TOLERANCE);
  if (f.badgeStatus === 'earned') expect(f.badge).toBe(true);
  if (f.badgeStatus === 'not-earned') expect(f.badge).toBe(false);
}

/**
 * `busyPage` with each reply known only within bounds around its best time, never before its
 * request, after `now` or 24 h after the request: moving the replies inside their bounds changes
 * no request, answer or pending one (R13), so the inboxes with every reply at its earliest or at
 * its latest instant are the two ends of the range.
 */
const busyPageWithBoundedReplies = fc.tuple(busyPage, fc.array(fc.tuple(fc.constantFrom(0, 2 * MIN, 10 * MIN, 60 * MIN), fc.constantFrom(0, 2 * MIN, 10 * MIN, 60 * MIN)), { minLength: 25, maxLength: 25 }))
  .map(([x, spans]) => ({
    ...x,
    threads: x.threads.map((th, i): ThreadInput => {
      const [request, reply] = th.messages;
      if (!request || !reply) return th;
      const [before, after] = spans[i]!;
      const atMin = Math.max(request.at, reply.at - before);
      const atMax = Math.min(x.now, request.at + DAY - 1, reply.at + after);
      return { ...th, messages: [request, { ...reply, atMin, atMax }] };
    }),
  }));

/** The inbox with every bounded message moved to one end of its bounds, exact there. */
const atBound = (threads: readonly ThreadInput[], end: 'atMin' | 'atMax'): ThreadInput[] =>
  threads.map((th) => ({ ...th, messages: th.messages.map(({ atMin, atMax, ...m }) => ({ ...m, at: (end === 'atMin' ? atMin : atMax) ?? m.at })) }));

describe('engine properties with bounded times (R13)', () => {
  it('R13: for times drawn inside their bounds, the response time lies in its range, now and if answered now', () => {
    let bounded = 0;
    fc.assert(fc.property(boundedInbox, (x) => {
      const s = run(x.threads, x, x.now);
      expectWithinRange(s);
      expectWithinRange(s.ifAnsweredNow);
      if (s.responseTimeRange && s.responseTimeRange[0] !== s.responseTimeRange[1]) bounded++;
    }), { numRuns: 300 });
    expect(bounded).toBeGreaterThan(20); // the bounds were exercised, not always exact
  });

  it('R13: with only exact times the range equals the figure and nothing is uncertain', () => {
    fc.assert(fc.property(inbox, (x) => {
      const s = run(x.threads, x, x.now);
      for (const f of [s, s.ifAnsweredNow]) {
        expect(f.responseTimeRange).toEqual(f.responseTimeSeconds === null ? null : [f.responseTimeSeconds, f.responseTimeSeconds]);
        expect(f.badgeStatus).toBe(f.badge ? 'earned' : 'not-earned');
      }
      expect(s).toMatchObject({ answerAllByUncertain: false, riskUncertain: false });
    }), RUNS);
  });

  it('R13: the range, the badge status and the doubts are those of the inboxes with every reply at its earliest and at its latest instant', () => {
    let uncertain = 0;
    fc.assert(fc.property(busyPageWithBoundedReplies, (x) => {
      const s = run(x.threads, x, x.now);
      const least = run(atBound(x.threads, 'atMin'), x, x.now);
      const greatest = run(atBound(x.threads, 'atMax'), x, x.now);
      for (const [f, low, high] of [[s, least, greatest], [s.ifAnsweredNow, least.ifAnsweredNow, greatest.ifAnsweredNow]] as const) {
        expect(f.responseTimeRange![0]).toBeCloseTo(low.responseTimeSeconds!, 9);
        expect(f.responseTimeRange![1]).toBeCloseTo(high.responseTimeSeconds!, 9);
        expect(f.badgeStatus).toBe(high.badge ? 'earned' : low.badge ? 'uncertain' : 'not-earned');
      }
      expect(s.answerAllByUncertain).toBe(least.answerAllBy !== greatest.answerAllBy);
      expect(s.answerAllBySlowEnd).toBe(greatest.answerAllBy);
      expect(s.riskUncertain).toBe(least.risk !== greatest.risk);
      if (s.riskUncertain) uncertain++;
    }), { numRuns: 300 });
    expect(uncertain).toBeGreaterThan(5);
  });
});
