/**
 * The figures per agent, over the window the Page's own figures use (R5): who answered each
 * request (R2: the first reply by a person, whose "Sent by" names the agent), how fast (R7: the
 * mean of the fastest 90 %, and the median), and how often within the time target. A request that
 * went unanswered (missed, R2) is the agent's whom an assignment note in the conversation names,
 * else nobody's (`agent: null`).
 * *Decision:* a reply whose page names no sender counts for nobody, not for the Page's agents at
 * random; and when no reply in the window names one (a build without "Sent by"), there are no
 * agents to show at all.
 */
import { awayTest } from './away';
import { SECOND_MS } from './durations';
import { analyseThread, answeredBy, pendingAt, type RequestRecord } from './requests';
import type { MetricInput, MetricSettings } from './types';
import { windowRequestsOf } from './window';

export interface AgentFigures {
  /** The name the page shows; null collects the replies and misses that name nobody. */
  agent: string | null;
  answered: number;
  /** R7 over this agent's answered requests; null when none. */
  responseTimeSeconds: number | null;
  medianSeconds: number | null;
  /** Answered within the time target, of `answered` (0 when none). */
  withinTarget: number;
  /** Requests that went unanswered for 24 hours, attributed by an assignment note. */
  missed: number;
}

/** Per agent, the most answered first, then by name; `agent: null` last. Empty when no reply names an agent. */
export function agentFigures(input: MetricInput, settings: MetricSettings, now: number): AgentFigures[] {
  const isAway = awayTest(input.away, settings.openingHours);
  const assignedTo = new Map<string, string | null>();
  const records: RequestRecord[] = [];
  for (const thread of input.threads) {
    assignedTo.set(thread.id, thread.assignedTo ?? null);
    records.push(...analyseThread(thread, isAway));
  }
  const byAgent = new Map<string | null, { times: number[]; missed: number }>();
  const tally = (agent: string | null) => {
    let entry = byAgent.get(agent);
    if (!entry) {
      entry = { times: [], missed: 0 };
      byAgent.set(agent, entry);
    }
    return entry;
  };
  for (const record of windowRequestsOf(records, now, settings.windowDays)) {
    if (answeredBy(record, now)) tally(record.firstReplyBy).times.push(record.firstReplyAt! - record.at);
    else if (!pendingAt(record, now)) tally(assignedTo.get(record.threadId) ?? null).missed++;
  }
  if (![...byAgent].some(([agent, { times }]) => agent !== null && times.length > 0)) return [];
  return [...byAgent].map(([agent, { times, missed }]) => figuresOf(agent, times, missed, settings.timeTargetSeconds)).sort(byAnsweredThenName);
}

function figuresOf(agent: string | null, times: number[], missed: number, targetSeconds: number): AgentFigures {
  const sorted = times.sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { agent, answered: 0, responseTimeSeconds: null, medianSeconds: null, withinTarget: 0, missed };
  // R7 in integers: k = ⌈9n / 10⌉.
  const fastest = Math.floor((9 * n + 9) / 10);
  const mean = sorted.slice(0, fastest).reduce((sum, ms) => sum + ms, 0) / fastest;
  const middle = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    agent,
    answered: n,
    responseTimeSeconds: mean / SECOND_MS,
    medianSeconds: middle / SECOND_MS,
    withinTarget: sorted.filter((ms) => ms <= targetSeconds * SECOND_MS).length,
    missed,
  };
}

function byAnsweredThenName(a: AgentFigures, b: AgentFigures): number {
  if ((a.agent === null) !== (b.agent === null)) return a.agent === null ? 1 : -1;
  return b.answered - a.answered || (a.agent ?? '').localeCompare(b.agent ?? '');
}
