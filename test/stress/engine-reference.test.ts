/**
 * The metric engine against a reference written separately from docs/rules.md: a
 * deliberately plain, slow reading of R1–R8, R10 and the per-conversation states (arrays, sorts,
 * loops, no caches, no typed arrays), compared on long random histories — weeks of traffic,
 * many threads, Away periods, Done/Spam/Instagram threads, automated messages, ties.
 *
 * Two points the rules leave open follow the engine's documented decisions: at the same instant a
 * customer message comes before a Page message (core/metrics/requests.ts), and requests at the
 * same instant are ordered by thread id for R5's "latest 10". Opening hours are left to the
 * engine's own Intl tests (test/core/metrics/away.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeStats, DEFAULT_METRIC_SETTINGS, type AwayPeriod, type MessageInput, type MetricSettings, type ThreadInput } from '@/core/metrics';

const RUNS = process.env.STRESS === '1' ? 3000 : 120;
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 0, 5, 0, 0);

// ── the reference ─────────────────────────────────────────────────────────────────────────

interface RefRequest { thread: string; seq: number; at: number; reply: number | null; lastCustomer: number }

function isAwayAt(away: readonly AwayPeriod[], t: number): boolean {
  // R9: [from, to); no end → 12 hours
  return away.some((a) => t >= a.from && t < (a.to ?? a.from + 12 * HOUR));
}

/** R1–R3: the requests of a thread from the messages that exist at `now`. */
function requestsOf(thread: ThreadInput, now: number): RefRequest[] {
  const messages = thread.messages
    .filter((m) => m.at <= now && !m.automated)
    .sort((a, b) => a.at - b.at || (a.from === b.from ? 0 : a.from === 'customer' ? -1 : 1));
  const out: RefRequest[] = [];
  let previous: number | null = null;
  for (const m of messages) {
    const current = out[out.length - 1];
    if (m.from === 'customer') {
      if (previous === null || m.at - previous >= DAY) out.push({ thread: thread.id, seq: out.length, at: m.at, reply: null, lastCustomer: m.at });
      else if (current) current.lastCustomer = m.at;
    } else if (current && current.reply === null) {
      current.reply = m.at;
    }
    previous = m.at;
  }
  return out;
}

const answered = (r: RefRequest) => r.reply !== null && r.reply - r.at < DAY;

function figures(times: number[], requests: number, settings: MetricSettings) {
  const rate = requests === 0 ? null : times.length / requests;
  let time: number | null = null;
  if (times.length > 0) {
    const sorted = [...times].sort((a, b) => a - b);
    const k = Math.ceil((9 * times.length) / 10 - 1e-9);
    time = sorted.slice(0, k).reduce((s, x) => s + x, 0) / k / SEC;
  }
  const badge = rate !== null && time !== null && rate >= settings.rateTarget - 1e-9 && time <= settings.timeTargetSeconds + 1e-9;
  return { rate, time, badge };
}

function reference(threadList: readonly ThreadInput[], away: readonly AwayPeriod[], settings: MetricSettings, now: number) {
  const byId = new Map<string, ThreadInput>();
  for (const t of threadList) byId.set(t.id, t);
  const counted: RefRequest[] = [];
  const states: Record<string, { requestAt: number; lateAt: number; replyDeadline: number; waitingSeconds: number; states: string[] }> = {};
  for (const thread of byId.values()) {
    const requests = requestsOf(thread, now);
    const messenger = thread.channel === undefined || thread.channel === 'messenger';
    for (const r of requests) {
      // R4: Away, Spam, Done without any person's reply; other channels count in no figure
      if (!messenger || thread.folder === 'spam' || isAwayAt(away, r.at)) continue;
      if (thread.folder === 'done' && r.reply === null) continue;
      counted.push(r);
    }
    const latest = requests[requests.length - 1];
    if (thread.folder !== 'spam' && latest && latest.reply === null) {
      const deadline = latest.lastCustomer + DAY; // R10
      const waiting = now - latest.at;
      const target = settings.timeTargetSeconds * SEC;
      let words: string[];
      if (now >= deadline) words = ['expired'];
      else {
        words = [waiting >= target ? 'late' : waiting * 2 >= target ? 'soon' : 'ok'];
        if (deadline - now < 2 * HOUR) words.push('closing');
      }
      states[thread.id] = { requestAt: latest.at, lateAt: latest.at + target, replyDeadline: deadline, waitingSeconds: waiting / SEC, states: words };
    }
  }
  // R5: (L − windowDays, L], or the latest 10
  counted.sort((a, b) => a.at - b.at || (a.thread < b.thread ? -1 : a.thread > b.thread ? 1 : a.seq - b.seq));
  let window: RefRequest[] = [];
  if (counted.length) {
    const last = counted[counted.length - 1]!.at;
    window = counted.filter((r) => r.at > last - settings.windowDays * DAY);
    if (window.length < 10) window = counted.slice(-10);
  }
  const answeredTimes = window.filter(answered).map((r) => r.reply! - r.at);
  const pending = window.filter((r) => !answered(r) && now - r.at < DAY);
  const current = figures(answeredTimes, window.length, settings);
  const ifAnsweredNow = figures([...answeredTimes, ...pending.map((r) => now - r.at)], window.length, settings);
  let missesAllowed = 0;
  while (window.length && answeredTimes.length / (window.length + missesAllowed + 1) >= settings.rateTarget - 1e-9) missesAllowed++;
  let answersNeeded = 0;
  while (window.length && (answeredTimes.length + answersNeeded) / (window.length + answersNeeded) < settings.rateTarget - 1e-9) {
    if (++answersNeeded > 100_000) { answersNeeded = Infinity; break; }
  }
  return {
    requests: window.length, answered: answeredTimes.length, pending: pending.length,
    ...current, ifAnsweredNow, missesAllowed, answersNeeded, states,
  };
}

// ── long random histories ─────────────────────────────────────────────────────────────────

/** Gaps between a thread's messages: seconds, minutes (around the 15-minute target), hours, days (around 24 h). */
const gap = fc.oneof(
  fc.integer({ min: 0, max: 90 }).map((s) => s * SEC),
  fc.integer({ min: 0, max: 40 }).map((m) => m * MIN),
  fc.integer({ min: 1, max: 30 }).map((h) => h * HOUR),
  fc.constantFrom(DAY - SEC, DAY, DAY + SEC, 23 * HOUR + 59 * MIN),
  fc.integer({ min: 2, max: 12 }).map((d) => d * DAY),
);

const threadArb = fc.record({
  start: fc.integer({ min: 0, max: 50 * 24 }).map((h) => START + h * HOUR),
  steps: fc.array(fc.record({ gap, from: fc.constantFrom<MessageInput['from']>('customer', 'customer', 'page', 'page'), automated: fc.integer({ min: 0, max: 9 }) }), { minLength: 1, maxLength: 40 }),
  folder: fc.constantFrom<ThreadInput['folder']>('inbox', 'inbox', 'inbox', 'followup', 'done', 'spam'),
  channel: fc.constantFrom<ThreadInput['channel']>(undefined, undefined, undefined, 'messenger', 'instagram', 'unknown'),
});

const historyArb = fc.record({
  threads: fc.array(threadArb, { minLength: 0, maxLength: 30 }),
  away: fc.array(fc.record({ from: fc.integer({ min: 0, max: 60 * 24 }).map((h) => START + h * HOUR), hours: fc.option(fc.integer({ min: 1, max: 72 }), { nil: undefined }) }), { maxLength: 3 }),
  settings: fc.record({
    rateTarget: fc.constantFrom(0.9, 0.9, 0.8, 0.95, 1),
    timeTargetSeconds: fc.constantFrom(900, 900, 300, 3600),
    windowDays: fc.constantFrom(30, 30, 7, 1),
  }),
  nowOffset: fc.integer({ min: 0, max: 70 * 24 * 60 }).map((m) => START + m * MIN),
  // or `now` on an edge after some message: half the target, the target, 22 h (closing), 24 h (deadline)
  nowEdge: fc.option(fc.record({ pick: fc.nat(), delta: fc.constantFrom(0, 150 * SEC, 450 * SEC, 900 * SEC - 1, 900 * SEC, 1800 * SEC, 22 * HOUR, 22 * HOUR + 1, DAY - 1, DAY) }), { nil: undefined }),
  duplicateId: fc.boolean(),
}).map((h) => {
  const threads: ThreadInput[] = h.threads.map((t, i) => {
    let at = t.start;
    const messages = t.steps.map((s) => {
      at += s.gap;
      return { at, from: s.from, automated: s.from === 'page' && s.automated === 0 };
    });
    return { id: `t${String(i).padStart(2, '0')}`, folder: t.folder, messages, ...(t.channel ? { channel: t.channel } : {}) };
  });
  // "a repeated id replaces the earlier thread"
  if (h.duplicateId && threads.length > 1) threads.push({ ...threads[threads.length - 1]!, id: threads[0]!.id });
  const away: AwayPeriod[] = h.away.map((a) => (a.hours === undefined ? { from: a.from } : { from: a.from, to: a.from + a.hours * HOUR }));
  const settings: MetricSettings = { ...DEFAULT_METRIC_SETTINGS, ...h.settings };
  const all = threads.flatMap((t) => t.messages);
  const now = h.nowEdge && all.length ? all[h.nowEdge.pick % all.length]!.at + h.nowEdge.delta : h.nowOffset;
  return { threads, away, settings, now };
});

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-6);

describe('the engine equals a plain reference reading of the rules (fast-check, long histories)', () => {
  it('R1–R8: requests, answered, pending, rate, time, badge, if-answered-now, misses allowed, answers needed', () => {
    fc.assert(fc.property(historyArb, ({ threads, away, settings, now }) => {
      const engine = computeStats({ threads, away }, settings, now);
      const ref = reference(threads, away, settings, now);
      expect({ requests: engine.requests, answered: engine.answered, pending: engine.pending, badge: engine.badge })
        .toEqual({ requests: ref.requests, answered: ref.answered, pending: ref.pending, badge: ref.badge });
      expect(close(engine.responseRate, ref.rate), `rate ${engine.responseRate} vs ${ref.rate}`).toBe(true);
      expect(close(engine.responseTimeSeconds, ref.time), `time ${engine.responseTimeSeconds} vs ${ref.time}`).toBe(true);
      expect(close(engine.ifAnsweredNow.responseRate, ref.ifAnsweredNow.rate)).toBe(true);
      expect(close(engine.ifAnsweredNow.responseTimeSeconds, ref.ifAnsweredNow.time), `if answered now ${engine.ifAnsweredNow.responseTimeSeconds} vs ${ref.ifAnsweredNow.time}`).toBe(true);
      expect(engine.ifAnsweredNow.badge).toBe(ref.ifAnsweredNow.badge);
      expect(engine.missesAllowed).toBe(ref.missesAllowed);
      expect(engine.answersNeeded).toBe(ref.answersNeeded);
    }), { numRuns: RUNS });
  });

  it('R10 and the per-conversation states: the same threads, request instants, deadlines and words', () => {
    fc.assert(fc.property(historyArb, ({ threads, away, settings, now }) => {
      const engine = computeStats({ threads, away }, settings, now);
      const ref = reference(threads, away, settings, now);
      const engineStates = Object.fromEntries(Object.entries(engine.threads).map(([id, s]) =>
        [id, { requestAt: s.requestAt, lateAt: s.lateAt, replyDeadline: s.replyDeadline, waitingSeconds: s.waitingSeconds, states: s.states }]));
      expect(engineStates).toEqual(ref.states);
    }), { numRuns: RUNS });
  });

  it('the reference itself: a hand-checked history (R1 silence, R2 late reply, R3 automated, R4 Done, R7 fastest 90 %)', () => {
    const c = (at: number): MessageInput => ({ at, from: 'customer', automated: false });
    const p = (at: number, automated = false): MessageInput => ({ at, from: 'page', automated });
    const T = START + 40 * DAY;
    const threads: ThreadInput[] = [
      { id: 'a', folder: 'inbox', messages: [c(T), p(T + MIN, true), p(T + 10 * MIN)] }, // answered in 600 s, auto reply ignored
      { id: 'b', folder: 'inbox', messages: [c(T), p(T + DAY + MIN)] }, // replied late: unanswered, missed
      { id: 'c', folder: 'done', messages: [c(T)] }, // Done, nobody replied: excluded
      { id: 'd', folder: 'inbox', messages: [c(T + DAY + 2 * HOUR)] }, // pending at now
    ];
    const now = T + DAY + 2 * HOUR + 20 * MIN;
    const ref = reference(threads, [], DEFAULT_METRIC_SETTINGS, now);
    expect(ref).toMatchObject({ requests: 3, answered: 1, pending: 1, rate: 1 / 3, time: 600, badge: false });
    expect(ref.states.d).toMatchObject({ states: ['late'], waitingSeconds: 1200 });
    expect(ref.states.c).toMatchObject({ states: ['expired'] });
    expect(computeStats({ threads, away: [] }, DEFAULT_METRIC_SETTINGS, now)).toMatchObject({ requests: 3, answered: 1, pending: 1 });
  });
});
