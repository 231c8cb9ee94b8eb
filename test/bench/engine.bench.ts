/**
 * The metric engine's speed: a full recompute over 100 000 messages in 20 000 threads, with and
 * without opening hours, and the update after one new message through `MetricModel`.
 */
import { computeStats, DAY_MS, DEFAULT_METRIC_SETTINGS, MetricModel, type MessageInput, type MetricSettings, type ThreadInput } from '@/core/metrics';
import { seededRandom } from '../support/seeded-random';
import { figure, type BenchFigure } from './figure';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const MINUTE = 60_000;

/** 20 000 threads of 5 messages over 60 days: answered, two-request, slow and unanswered threads. */
export function benchInbox(threadCount = 20_000): ThreadInput[] {
  const next = seededRandom(42); // every run measures the same inbox
  const threads: ThreadInput[] = [];
  for (let i = 0; i < threadCount; i++) {
    const start = NOW - 32 * 60 * MINUTE - Math.floor(next() * 58 * DAY_MS); // every message before NOW
    const reply = Math.floor((1 + next() * 40) * MINUTE);
    const kind = next();
    const c = (at: number): MessageInput => ({ at, from: 'customer', automated: false });
    const p = (at: number, automated = false): MessageInput => ({ at, from: 'page', automated });
    const messages: MessageInput[] = kind < 0.05
      ? [c(start), p(start + 3000, true), c(start + 10 * MINUTE), c(start + 20 * MINUTE), c(start + 90 * MINUTE)]
      : kind < 0.3
        ? [c(start), p(start + reply), c(start + 30 * 60 * MINUTE), p(start + 30 * 60 * MINUTE + reply), c(start + 31 * 60 * MINUTE)]
        : [c(start), p(start + 3000, true), p(start + reply), c(start + reply + 5 * MINUTE), p(start + reply + 9 * MINUTE)];
    threads.push({ id: `thread-${i}`, folder: next() < 0.1 ? 'done' : 'inbox', messages });
  }
  return threads;
}

const OPENING_HOURS: MetricSettings = {
  ...DEFAULT_METRIC_SETTINGS,
  openingHours: {
    timeZone: 'Europe/Berlin',
    days: Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((d) => [d, [['08:00', '20:00']] as [string, string][]])),
  },
};

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export default async function engineBench(): Promise<BenchFigure[]> {
  const threads = benchInbox();
  const input = { threads, away: [] };
  const messageCount = threads.reduce((n, t) => n + t.messages.length, 0);
  for (let i = 0; i < 3; i++) computeStats(input, DEFAULT_METRIC_SETTINGS, NOW); // warm-up
  const full = Array.from({ length: 15 }, () => timed(() => computeStats(input, DEFAULT_METRIC_SETTINGS, NOW)));
  const fullHours = Array.from({ length: 15 }, () => timed(() => computeStats(input, OPENING_HOURS, NOW)));

  // A worker start: the model built from the whole inbox. Paid once per start of the MV3 worker (it
  // stops after ~30 s idle), before the popup's first figures: budget 200 ms, a wait one notices little.
  const builds = Array.from({ length: 10 }, () => timed(() => new MetricModel(input, DEFAULT_METRIC_SETTINGS)));

  // Updates, one message at a time: a customer in a new thread, a person's reply to it, and a
  // customer coming back to an old thread (its requests move in the model's order).
  const model = new MetricModel(input, DEFAULT_METRIC_SETTINGS);
  const updates: number[] = [];
  for (let i = 0; i < 600; i++) {
    const at = NOW + i * 30_000;
    const step = i % 3;
    const id = step === 2 ? `thread-${(i * 7919) % threads.length}` : `new-${Math.floor(i / 3)}`;
    const message: MessageInput = { at, from: step === 1 ? 'page' : 'customer', automated: false };
    updates.push(timed(() => {
      model.addMessages(id, [message]);
      model.stats(at);
    }));
  }
  return [
    figure(`engine: full recompute, ${messageCount} messages in ${threads.length} threads`, full, 'ms', 50, 'lower'),
    figure('engine: full recompute with opening hours (Europe/Berlin)', fullHours, 'ms', 50, 'lower'),
    figure('engine: MetricModel built from the whole inbox (worker start)', builds, 'ms', 200, 'lower'),
    figure('engine: update after one new message (MetricModel)', updates.slice(30), 'ms', 1, 'lower'),
  ];
}
