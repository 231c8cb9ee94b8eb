/**
 * R1–R12 from scratch, in one pass over the threads and two over their requests (no sort): the
 * path for a single answer, and the reference the incremental `MetricModel` — which keeps its
 * requests sorted instead — is tested against.
 */
import { awayTest } from './away';
import { analyseThread, type RequestRecord } from './requests';
import { replyDeadline } from './reply-window';
import { addThreadState, conversationState, threadStateAt } from './thread-states';
import type { MetricInput, MetricSettings, Stats, ThreadInput, ThreadState } from './types';
import { selectWindowOf } from './window';
import { windowStats } from './window-stats';

/**
 * Every figure of the Page at `now`. For repeated updates keep a `MetricModel` instead.
 * Example: one customer message at 08:00 answered by a person at 08:04 → rate 1, time 240 s,
 * badge, risk "safe".
 */
export function computeStats(input: MetricInput, settings: MetricSettings, now: number): Stats {
  const isAway = awayTest(input.away, settings.openingHours);
  const eligible: RequestRecord[] = [];
  const threads: Record<string, ThreadState> = {};
  for (const thread of withoutRepeatedIds(input.threads)) {
    const records = analyseThread(thread, isAway);
    for (const record of records) if (record.eligible) eligible.push(record);
    const latest = records[records.length - 1];
    if (latest === undefined || thread.folder === 'spam') continue;
    let state: ThreadState | null;
    if (hasMessageAfter(thread, now)) state = threadStateAt(thread, now, settings.timeTargetSeconds);
    else state = latest.firstReplyAt === null ? conversationState(thread.id, latest.at, replyDeadline(latest), now, settings.timeTargetSeconds) : null;
    if (state) addThreadState(threads, state);
  }
  return { ...windowStats(selectWindowOf(eligible, now, settings.windowDays), now, settings), threads };
}

function hasMessageAfter(thread: ThreadInput, now: number): boolean {
  for (const message of thread.messages) if (message.at > now) return true;
  return false;
}

/** The threads, a repeated id replacing the earlier thread (the set check is the cheap common case). */
function withoutRepeatedIds(threads: readonly ThreadInput[]): Iterable<ThreadInput> {
  if (new Set(threads.map((thread) => thread.id)).size === threads.length) return threads;
  return new Map(threads.map((thread) => [thread.id, thread])).values();
}
