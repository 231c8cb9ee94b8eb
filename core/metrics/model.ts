/**
 * The incremental engine. It keeps each thread's request analysis (R1–R4) and one ordered list of
 * every eligible request; a new message re-analyses only its thread and moves only that thread's
 * requests in the list, so an update costs the thread plus one pass over the window (R5–R12),
 * never the whole inbox. `computeStats` is the same model built in one go, and a property test
 * holds the two equal.
 */
import { awayTest } from './away';
import { analyseThread, compareRequests, type RequestRecord } from './requests';
import { latestRequestAt, threadStateAt } from './thread-states';
import {
  DEFAULT_METRIC_SETTINGS, type AwayPeriod, type MessageInput, type MetricInput, type MetricSettings,
  type Stats, type ThreadInput, type ThreadState,
} from './types';
import { selectWindow } from './window';
import { windowStats } from './window-stats';

interface ThreadEntry {
  thread: ThreadInput;
  /** Every request of the thread, in thread order (R1). */
  records: RequestRecord[];
}

/** Index at which `record` belongs in a list ordered by `compareRequests`. */
function insertionIndex(list: readonly RequestRecord[], record: RequestRecord): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRequests(list[mid]!, record) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MetricModel {
  private settings: MetricSettings;
  private away: readonly AwayPeriod[];
  private isAway: (t: number) => boolean;
  private readonly threads = new Map<string, ThreadEntry>();
  /** Every eligible request (R4 without `now`), ordered by `compareRequests`. */
  private eligible: RequestRecord[] = [];
  /** Non-Spam threads whose latest request has no person's reply: the awaiting ones once `now` ≥ every message. */
  private readonly unreplied = new Set<string>();
  /** At least the latest message instant ever seen (it never decreases, which only costs speed). */
  private latestMessageAt = -Infinity;

  constructor(input: MetricInput = { threads: [], away: [] }, settings: MetricSettings = DEFAULT_METRIC_SETTINGS) {
    this.settings = settings;
    this.away = input.away;
    this.isAway = awayTest(this.away, settings.openingHours);
    this.rebuild(input.threads);
  }

  /** Adds or replaces a thread (a new message, a new folder): re-analyses that thread only. */
  setThread(thread: ThreadInput): void {
    this.removeThread(thread.id);
    const entry = this.analyse(thread);
    for (const record of entry.records) {
      if (record.eligible) this.eligible.splice(insertionIndex(this.eligible, record), 0, record);
    }
  }

  /** Appends messages to a thread (creating it in the inbox when it is new). */
  addMessages(threadId: string, messages: readonly MessageInput[]): void {
    const current = this.threads.get(threadId)?.thread ?? { id: threadId, folder: 'inbox' as const, messages: [] };
    this.setThread({ ...current, messages: [...current.messages, ...messages] });
  }

  removeThread(threadId: string): void {
    const entry = this.threads.get(threadId);
    if (!entry) return;
    for (const record of entry.records) {
      if (!record.eligible) continue;
      const index = insertionIndex(this.eligible, record);
      if (this.eligible[index] === record) this.eligible.splice(index, 1);
    }
    this.threads.delete(threadId);
    this.unreplied.delete(threadId);
  }

  /** Replaces the Away periods (R9): every thread is re-analysed. */
  setAway(away: readonly AwayPeriod[]): void {
    this.away = away;
    this.isAway = awayTest(away, this.settings.openingHours);
    this.rebuild([...this.threads.values()].map((entry) => entry.thread));
  }

  /** Replaces the settings; a change of opening hours re-analyses every thread (R9). */
  setSettings(settings: MetricSettings): void {
    const hoursChanged = JSON.stringify(settings.openingHours ?? null) !== JSON.stringify(this.settings.openingHours ?? null);
    this.settings = settings;
    if (hoursChanged) this.setAway(this.away);
  }

  /** The figures, projections, risk and per-conversation states at `now` (R1–R12). */
  stats(now: number): Stats {
    const window = selectWindow(this.eligible, now, this.settings.windowDays);
    const threads: Record<string, ThreadState> = Object.create(null) as Record<string, ThreadState>;
    // Once every message is in the past, only threads whose latest request is unreplied can await.
    const candidates = now >= this.latestMessageAt ? this.unreplied : this.threads.keys();
    for (const id of candidates) {
      const entry = this.threads.get(id)!;
      if (entry.thread.folder === 'spam') continue;
      const state = threadStateAt(id, entry.records, now, this.settings.timeTargetSeconds);
      if (state) threads[id] = state;
    }
    return { ...windowStats(window, now, this.settings), threads };
  }

  /** The per-conversation state of one thread at `now`, or null when it awaits no answer. */
  threadState(threadId: string, now: number): ThreadState | null {
    const entry = this.threads.get(threadId);
    if (!entry || entry.thread.folder === 'spam') return null;
    return threadStateAt(threadId, entry.records, now, this.settings.timeTargetSeconds);
  }

  private analyse(thread: ThreadInput): ThreadEntry {
    const entry: ThreadEntry = { thread, records: analyseThread(thread, this.isAway) };
    this.threads.set(thread.id, entry);
    for (const message of thread.messages) if (message.at > this.latestMessageAt) this.latestMessageAt = message.at;
    const latest = latestRequestAt(entry.records, Infinity);
    if (thread.folder !== 'spam' && latest && latest.firstReplyAt === null) this.unreplied.add(thread.id);
    return entry;
  }

  private rebuild(threads: Iterable<ThreadInput>): void {
    this.threads.clear();
    this.unreplied.clear();
    for (const thread of threads) {
      this.unreplied.delete(thread.id); // a repeated id replaces the earlier thread
      this.analyse(thread);
    }
    this.eligible = [];
    for (const entry of this.threads.values()) for (const record of entry.records) if (record.eligible) this.eligible.push(record);
    this.eligible.sort(compareRequests);
  }
}

/**
 * R1–R12: every figure of the Page at `now`, computed from scratch. For repeated updates keep a
 * `MetricModel` instead. Example: one customer message at 08:00 answered by a person at 08:04 →
 * rate 1, time 240 s, badge, risk "safe".
 */
export function computeStats(input: MetricInput, settings: MetricSettings, now: number): Stats {
  return new MetricModel(input, settings).stats(now);
}
