// Plain PageOverview objects for the popup's states, built the way the background sends them.
import { OVERVIEW_WAITING_LIMIT, type PageOverview, type WaitingThread } from '@/core/messages';
import { mostUrgent, type Stats, type ThreadStateWord } from '@/core/metrics';
import { DEFAULT_SETTINGS } from '@/core/settings';

export const NOW = Date.UTC(2026, 10, 23, 9, 30); // Mon 23 Nov 2026, 09:30 UTC
const MIN = 60_000;

const figures = { responseRate: 0.95, responseTimeSeconds: 600, responseTimeRange: [600, 600] as const, badge: true, badgeStatus: 'earned' as const };

export function stats(overrides: Partial<Stats> = {}): Stats {
  return {
    ...figures,
    requests: 40,
    answered: 38,
    pending: 0,
    windowFrom: NOW - 30 * 86_400_000,
    windowTo: NOW - 10 * MIN,
    ifAnsweredNow: figures,
    answerAllBy: null,
    answerAllByUncertain: false,
    answerAllBySlowEnd: null,
    missesAllowed: 2,
    answersNeeded: 0,
    risk: 'safe',
    riskUncertain: false,
    threads: {},
    ...overrides,
  };
}

export function waitingThread(id: string, waitedMinutes: number, states: ThreadStateWord[], title: string | null = `Customer ${id}`): WaitingThread {
  const requestAt = NOW - waitedMinutes * MIN;
  return {
    threadId: id,
    pageId: 'p1',
    rowKey: `row-${id}`,
    title,
    channel: 'messenger',
    timeTargetSeconds: 900,
    standing: 'counts',
    requestAt,
    waitingSeconds: waitedMinutes * 60,
    lateAt: requestAt + 15 * MIN,
    replyDeadline: requestAt + 24 * 60 * MIN,
    states,
  };
}

/** An overview as the background builds it: `waiting` (all of them) sent as its most urgent top and a count. */
export function overview(overrides: Partial<PageOverview> = {}): PageOverview {
  const all = overrides.waiting ?? [];
  return {
    pageId: 'p1',
    pageName: 'Nordlys Shop',
    stats: stats(),
    history: Array.from({ length: 30 }, (_, i) => ({
      day: NOW - (30 - i) * 86_400_000,
      responseRate: i === 4 ? null : 0.85 + (i % 5) / 50,
      responseTimeSeconds: i === 4 ? null : 400 + i * 20,
      responseTimeRange: i === 4 ? null : [400 + i * 20, 400 + i * 20] as const,
      uncertain: false,
    })),
    coverage: { state: 'complete', watchingSince: NOW - 90 * 86_400_000, readConversations: 40, notYetRead: [], notYetReadCount: 0, openForVerdict: 0 },
    rangedReplies: { count: 0, pinnable: [], pinnableCount: 0 },
    health: { list: true, transcript: true, problems: [] },
    delivery: null,
    settings: DEFAULT_SETTINGS,
    awayUntil: null,
    now: NOW,
    ...overrides,
    waiting: mostUrgent(all, OVERVIEW_WAITING_LIMIT),
    waitingCount: overrides.waitingCount ?? all.length,
  };
}

/** The popup's four risk states, each with the waiting threads that make it so. */
export const RISK_STATES = {
  safe: overview(),
  'at-risk': overview({
    stats: stats({ pending: 2, risk: 'at-risk', answerAllBy: NOW + 3 * MIN, missesAllowed: 0 }),
    waiting: [waitingThread('a', 9, ['soon']), waitingThread('b', 4, ['ok'])],
  }),
  recoverable: overview({
    stats: stats({ responseRate: 0.88, badge: false, requests: 50, answered: 44, pending: 2, risk: 'recoverable', answerAllBy: NOW + 8 * MIN, answersNeeded: 10, missesAllowed: 0 }),
    waiting: [waitingThread('a', 20, ['late']), waitingThread('b', 2, ['ok'])],
  }),
  'not-earned': overview({
    stats: stats({ responseRate: 0.7, responseTimeSeconds: 2400, badge: false, requests: 40, answered: 28, risk: 'not-earned', answersNeeded: 12, missesAllowed: 0 }),
  }),
} as const;

/** `count` waiting threads in mixed states, shuffled (deterministically). */
export function manyWaiting(count: number): WaitingThread[] {
  const words: ThreadStateWord[][] = [['ok'], ['soon'], ['late'], ['late', 'closing'], ['expired']];
  const threads = Array.from({ length: count }, (_, i) => waitingThread(`t${i}`, (i * 37) % 1500, words[i % words.length]!));
  return threads.sort((a, b) => (a.threadId.length * 7 + a.requestAt) % 11 - (b.threadId.length * 7 + b.requestAt) % 11);
}
