/**
 * The metric scenario format (test/scenarios/shared/README.md, with the bounded times of
 * test/scenarios/shared-r13/README.md) as a valibot schema, and its
 * conversion to the engine's input. Settings and expectations are strict objects: a misspelt
 * field there would silently check nothing or change nothing, so it makes the file invalid.
 */
import * as v from 'valibot';
import {
  DEFAULT_METRIC_SETTINGS, wallClockMinutes, WEEKDAYS,
  type MetricInput, type MetricSettings, type OpeningHours, type Weekday,
} from '@/core/metrics';
import { isKnownTimeZone } from '@/core/time-zone';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 date-time with a zone offset that names a real calendar instant. */
export function isIsoInstant(text: string): boolean {
  const m = ISO_INSTANT.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second = '0', offH = '0', offM = '0'] = m.slice(1).map((part) => part ?? undefined);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(offH) <= 23 && Number(offM) <= 59
    && Number.isFinite(Date.parse(text));
}

const Instant = v.pipe(v.string(), v.check(isIsoInstant, (issue) => `${JSON.stringify(issue.input)} is not an ISO instant (e.g. 2026-11-02T08:00:00Z)`));
const WallClock = v.pipe(v.string(), v.check((text) => wallClockMinutes(text) !== null, (issue) => `${JSON.stringify(issue.input)} is not HH:MM`));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Span = v.tuple([WallClock, WallClock]);

const OpeningHoursSchema = v.strictObject({
  timeZone: v.pipe(v.string(), v.check(isKnownTimeZone, (issue) => `unknown time zone ${JSON.stringify(issue.input)}`)),
  days: v.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, v.optional(v.array(Span))])) as Record<Weekday, v.OptionalSchema<v.ArraySchema<typeof Span, undefined>, undefined>>),
});

const SettingsSchema = v.strictObject({
  rateTarget: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  timeTargetSeconds: v.optional(v.pipe(v.number(), v.gtValue(0))),
  riskLeadSeconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  windowDays: v.optional(v.pipe(v.number(), v.gtValue(0))),
  openingHours: v.nullish(OpeningHoursSchema),
});

const AwaySchema = v.pipe(
  v.looseObject({ from: Instant, to: v.nullish(Instant) }),
  v.check((period) => period.to == null || Date.parse(period.to) >= Date.parse(period.from), 'an away period ends before it begins'),
);

const MessageSchema = v.pipe(
  v.looseObject({
    at: Instant,
    atMin: v.optional(Instant),
    atMax: v.optional(Instant),
    from: v.picklist(['customer', 'page']),
    automated: v.optional(v.boolean()),
  }),
  v.check((m) => m.atMin === undefined || Date.parse(m.atMin) <= Date.parse(m.at), 'atMin is after at (R13: atMin ≤ at ≤ atMax)'),
  v.check((m) => m.atMax === undefined || Date.parse(m.at) <= Date.parse(m.atMax), 'atMax is before at (R13: atMin ≤ at ≤ atMax)'),
);

const ThreadSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  folder: v.optional(v.picklist(['inbox', 'done', 'spam', 'followup'])),
  channel: v.optional(v.picklist(['messenger', 'instagram', 'whatsapp', 'unknown'])),
  messages: v.array(MessageSchema),
});

const FiguresExpectation = v.strictObject({
  responseRate: v.optional(v.nullable(v.number())),
  responseTimeSeconds: v.optional(v.nullable(v.number())),
  /** R13: [least, greatest] seconds. */
  responseTimeRange: v.optional(v.nullable(v.tuple([v.number(), v.number()]))),
  badge: v.optional(v.boolean()),
});

const ThreadExpectation = v.nullable(v.strictObject({
  waitingSeconds: v.optional(v.number()),
  lateAt: v.optional(Instant),
  replyDeadline: v.optional(Instant),
  states: v.optional(v.array(v.picklist(['ok', 'soon', 'late', 'closing', 'expired']))),
}));

const ExpectationSchema = v.strictObject({
  ...FiguresExpectation.entries,
  requests: v.optional(Count),
  answered: v.optional(Count),
  pending: v.optional(Count),
  ifAnsweredNow: v.optional(FiguresExpectation),
  answerAllBy: v.optional(v.nullable(Instant)),
  missesAllowed: v.optional(Count),
  answersNeeded: v.optional(Count),
  risk: v.optional(v.picklist(['safe', 'at-risk', 'recoverable', 'not-earned'])),
  threads: v.optional(v.record(v.string(), ThreadExpectation)),
});

export const ScenarioSchema = v.pipe(
  v.looseObject({
    name: v.string(),
    rules: v.optional(v.array(v.pipe(v.string(), v.regex(/^R\d+$/, 'rules are named R1, R2, …')))),
    now: Instant,
    settings: v.optional(SettingsSchema),
    away: v.optional(v.array(AwaySchema)),
    threads: v.array(ThreadSchema),
    expect: ExpectationSchema,
  }),
  v.check((s) => new Set(s.threads.map((t) => t.id)).size === s.threads.length, 'two threads share an id'),
);

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Expectation = Scenario['expect'];

/** Parses a scenario, or says in one line why it is not one. */
export function parseScenario(json: unknown): { ok: true; scenario: Scenario } | { ok: false; reason: string } {
  const result = v.safeParse(ScenarioSchema, json);
  if (result.success) return { ok: true, scenario: result.output };
  const reasons = result.issues.slice(0, 3).map((issue) => {
    const where = v.getDotPath(issue);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return { ok: false, reason: reasons.join('; ') };
}

/** The engine's input, settings and `now` for a scenario. */
export function scenarioInput(scenario: Scenario): { input: MetricInput; settings: MetricSettings; now: number } {
  const s = scenario.settings ?? {};
  const settings: MetricSettings = {
    rateTarget: s.rateTarget ?? DEFAULT_METRIC_SETTINGS.rateTarget,
    timeTargetSeconds: s.timeTargetSeconds ?? DEFAULT_METRIC_SETTINGS.timeTargetSeconds,
    riskLeadSeconds: s.riskLeadSeconds ?? DEFAULT_METRIC_SETTINGS.riskLeadSeconds,
    windowDays: s.windowDays ?? DEFAULT_METRIC_SETTINGS.windowDays,
    openingHours: (s.openingHours as OpeningHours | null | undefined) ?? null,
  };
  const input: MetricInput = {
    away: (scenario.away ?? []).map((p) => ({ from: Date.parse(p.from), to: p.to == null ? null : Date.parse(p.to) })),
    threads: scenario.threads.map((t) => ({
      id: t.id,
      folder: t.folder ?? 'inbox',
      ...(t.channel ? { channel: t.channel } : {}),
      messages: t.messages.map((m) => ({
        at: Date.parse(m.at), from: m.from, automated: m.automated ?? false,
        ...(m.atMin === undefined ? {} : { atMin: Date.parse(m.atMin) }),
        ...(m.atMax === undefined ? {} : { atMax: Date.parse(m.atMax) }),
      })),
    })),
  };
  return { input, settings, now: Date.parse(scenario.now) };
}
