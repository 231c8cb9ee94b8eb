/** fast-check arbitraries for small inboxes that hit the rules' edges: days of traffic, ties, Away. */
import fc from 'fast-check';
import { DEFAULT_METRIC_SETTINGS, type AwayPeriod, type MessageInput, type MetricSettings, type ThreadInput } from '@/core/metrics';
import { DAY, HOUR, MIN, t } from './inbox-builder';

export const START = t('00:00');
/** Instants over 5 days on a 5-minute grid (so ties happen), sometimes off-grid by seconds. */
export const instant = fc.tuple(fc.integer({ min: 0, max: (5 * DAY) / (5 * MIN) }), fc.constantFrom(0, 0, 0, 1000, 59_000))
  .map(([step, extra]) => START + step * 5 * MIN + extra);

export const message: fc.Arbitrary<MessageInput> = fc.record({
  at: instant,
  from: fc.constantFrom('customer', 'customer', 'page'),
  automated: fc.boolean(),
}).map((m) => ({ ...m, automated: m.from === 'page' && m.automated && m.at % 2 === 0 }));

/** How far a bounded message's instant may lie before or after its best time (R13); 0 mostly, so most stay exact. */
const boundSpan = fc.constantFrom(0, 0, 0, MIN, 57 * MIN, 3 * HOUR);

/** A message whose best time lies somewhere inside its bounds, or an exact one (R13). */
export const boundedMessage: fc.Arbitrary<MessageInput> = fc.record({ m: message, before: boundSpan, after: boundSpan })
  .map(({ m, before, after }) => (before === 0 && after === 0 ? m : { ...m, atMin: m.at - before, atMax: m.at + after }));

const threadsOf = (messages: fc.Arbitrary<MessageInput>): fc.Arbitrary<ThreadInput[]> => fc.array(
  fc.record({
    folder: fc.constantFrom('inbox', 'inbox', 'inbox', 'done', 'spam', 'followup'),
    channel: fc.constantFrom(undefined, undefined, undefined, 'instagram'),
    messages: fc.array(messages, { maxLength: 7 }),
  }),
  { maxLength: 16 },
).map((list) => list.map((x, i) => ({ id: `t${i}`, folder: x.folder, messages: x.messages, ...(x.channel ? { channel: x.channel } : {}) }) as ThreadInput));

export const threads = threadsOf(message);

export const away: fc.Arbitrary<AwayPeriod[]> = fc.array(
  fc.record({ from: instant, hours: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }) })
    .map(({ from, hours }) => (hours === undefined ? { from } : { from, to: from + hours * 60 * MIN })),
  { maxLength: 2 },
);

export const settings: fc.Arbitrary<MetricSettings> = fc.record({
  rateTarget: fc.constantFrom(0.9, 0.9, 0.8, 0.95, 1),
  timeTargetSeconds: fc.constantFrom(900, 900, 300, 3600),
  riskLeadSeconds: fc.constantFrom(300, 0, 3600),
  windowDays: fc.constantFrom(30, 30, 2, 1),
}).map((s) => ({ ...DEFAULT_METRIC_SETTINGS, ...s }));

export const now = fc.integer({ min: START, max: START + 6 * DAY });

export const inbox = fc.record({ threads, away, settings, now });

/** An inbox where some messages are known only within bounds (R13). */
export const boundedInbox = fc.record({ threads: threadsOf(boundedMessage), away, settings, now });

/**
 * A Page that mostly answers in time with a few customers waiting at `now`: the case where
 * answer-all-by and the risk words are interesting. Every message is before `now`.
 */
export const busyPage = fc.record({
  answered: fc.array(fc.record({ daysAgo: fc.integer({ min: 1, max: 20 * 24 * 12 }), replyMinutes: fc.integer({ min: 0, max: 20 }) }), { minLength: 8, maxLength: 25 }),
  waiting: fc.array(fc.integer({ min: 0, max: DAY / 1000 - 1 }), { minLength: 1, maxLength: 3 }),
  settings,
  now: fc.integer({ min: START + 21 * DAY, max: START + 22 * DAY }).map((n) => n - (n % 1000)),
}).map(({ answered, waiting, settings: s, now: n }) => ({
  now: n,
  settings: s,
  away: [] as AwayPeriod[],
  threads: [
    ...answered.map((a, i): ThreadInput => {
      const at = n - a.daysAgo * 5 * MIN;
      return { id: `a${i}`, folder: 'inbox', messages: [{ at, from: 'customer', automated: false }, { at: at + a.replyMinutes * MIN, from: 'page', automated: false }] };
    }),
    ...waiting.map((seconds, i): ThreadInput => ({ id: `w${i}`, folder: 'inbox', messages: [{ at: n - seconds * 1000, from: 'customer', automated: false }] })),
  ].map((th) => ({ ...th, messages: th.messages.filter((m) => m.at <= n) })),
}));
