/**
 * The metric engine's contract (rules.md R1–R13). Instants are UTC epoch milliseconds.
 * Nothing here knows about the browser, the DOM or the clock: `now` is always a parameter.
 */

export type Side = 'customer' | 'page';
export type Folder = 'inbox' | 'done' | 'spam' | 'followup';
/** Only `messenger` threads count toward the badge; the others keep their per-thread state. */
export type Channel = 'messenger' | 'instagram' | 'whatsapp' | 'unknown';

export interface MessageInput {
  /** The best time (R13); requests, answers and the window are decided on it. */
  at: number;
  /** R13: the earliest and latest instant the message may have been sent; absent means exactly `at`. */
  atMin?: number;
  atMax?: number;
  from: Side;
  /** Instant reply, away message, automation, bot (R3). */
  automated: boolean;
  /** Who sent a Page message, as the page's "Sent by" names them; absent or null when it does not say. */
  author?: string | null;
}

export interface ThreadInput {
  /** Unique among the threads of one input; a repeated id replaces the earlier thread. */
  id: string;
  folder: Folder;
  messages: readonly MessageInput[];
  /** Absent means `messenger`. Other channels keep their per-thread state but count in no figure. */
  channel?: Channel;
  /** The agent an assignment note in the conversation names; absent or null when none does. */
  assignedTo?: string | null;
}

/** An Away period [from, to); no `to` means switched on by hand: reverts after 12 h (R9). */
export interface AwayPeriod {
  from: number;
  to?: number | null;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Local wall-clock spans [start, end) as "HH:MM"; a weekday not listed is closed all day. */
export interface OpeningHours {
  timeZone: string;
  days: Partial<Record<Weekday, ReadonlyArray<readonly [string, string]>>>;
}

export interface MetricSettings {
  rateTarget: number;
  timeTargetSeconds: number;
  riskLeadSeconds: number;
  windowDays: number;
  openingHours?: OpeningHours | null;
}

export const DEFAULT_METRIC_SETTINGS: MetricSettings = {
  rateTarget: 0.9,
  timeTargetSeconds: 900,
  riskLeadSeconds: 300,
  windowDays: 30,
  openingHours: null,
};

export interface MetricInput {
  threads: readonly ThreadInput[];
  away: readonly AwayPeriod[];
}

/** R8 with R13: `uncertain` when the rate reaches its target and the time range straddles its target. */
export type BadgeStatus = 'earned' | 'not-earned' | 'uncertain';

export interface Figures {
  /** R6: answered ÷ requests in the window, in [0, 1]; null when the window is empty. */
  responseRate: number | null;
  /** R7: mean of the fastest 90 % of response times on best times, seconds; null when nothing was answered. */
  responseTimeSeconds: number | null;
  /** R13: the least and greatest value the response time can have given the bounds, seconds; null when nothing was answered. */
  responseTimeRange: readonly [number, number] | null;
  /** R8 on best times. */
  badge: boolean;
  /** R8 over the whole time range (R13); equals `badge` in words whenever every time is exact. */
  badgeStatus: BadgeStatus;
}

export type Risk = 'safe' | 'at-risk' | 'recoverable' | 'not-earned';
export type ThreadStateWord = 'ok' | 'soon' | 'late' | 'closing' | 'expired';

/** Per-conversation state of a thread awaiting an answer (rules.md, "Per conversation"). */
export interface ThreadState {
  threadId: string;
  requestAt: number;
  waitingSeconds: number;
  lateAt: number;
  replyDeadline: number;
  states: ThreadStateWord[];
}

export interface Stats extends Figures {
  requests: number;
  answered: number;
  pending: number;
  /** The window of R5 as instants (null when there is no counted request). */
  windowFrom: number | null;
  windowTo: number | null;
  ifAnsweredNow: Figures;
  /** R11: epoch ms of the latest whole second, or null. */
  answerAllBy: number | null;
  /** R13: answer-all-by (on best times) could be another second, or none, given the bounds. */
  answerAllByUncertain: boolean;
  missesAllowed: number;
  answersNeeded: number;
  /** R12 on best times. */
  risk: Risk;
  /** R13: the risk could be another word given the bounds. */
  riskUncertain: boolean;
  /** Keyed by thread id: every thread awaiting an answer (Spam aside). */
  threads: Record<string, ThreadState>;
}
