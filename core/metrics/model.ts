/**
 * The incremental engine. It keeps each thread's request analysis (R1–R4) and one ordered list of
 * every eligible request; a new message re-analyses only its thread and moves only that thread's
 * requests in the list, so an update costs the thread plus one pass over the window (R5–R12),
 * never the whole inbox. A property test holds it equal to `computeStats`, the one-pass path.
 */
import { AwaitingThreads } from './awaiting-threads';
import { awayTest } from './away';
import { RequestIndex } from './request-index';
import { rangedAnswersOf, type RangedAnswers } from './ranged-answers';
import { latestRequestStanding, type RequestStanding } from './request-standing';
import { analyseThread, type RequestRecord } from './requests';
import { replyDeadline } from './reply-window';
import { addThreadState, conversationState, threadStateAt } from './thread-states';
import {
  DEFAULT_METRIC_SETTINGS, type AwayPeriod, type MessageInput, type MetricInput, type MetricSettings,
  type Stats, type ThreadInput, type ThreadState,
} from './types';
import { mostUrgent } from './urgency';
import { selectWindow } from './window';
import { windowStats, type WindowStats } from './window-stats';

interface ThreadEntry {
  thread: ThreadInput;
  /** Every request of the thread, in thread order (R1). */
  records: RequestRecord[];
  lastMessageAt: number;
}

export class MetricModel {
  private settings: MetricSettings;
  private away: readonly AwayPeriod[];
  private isAway: (t: number) => boolean;
  private readonly threads = new Map<string, ThreadEntry>();
  /** Every eligible request (R4 without `now`), ordered by `compareRequests`. */
  private readonly eligible = new RequestIndex();
  /** Non-Spam threads whose latest request has no person's reply: the awaiting ones once `now` ≥ every message. */
  private readonly unreplied = new AwaitingThreads();
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
    for (const record of entry.records) if (record.eligible) this.eligible.insert(record);
  }

  /** Appends messages to a thread (creating it in the inbox when it is new). */
  addMessages(threadId: string, messages: readonly MessageInput[]): void {
    const current = this.threads.get(threadId)?.thread ?? { id: threadId, folder: 'inbox' as const, messages: [] };
    this.setThread({ ...current, messages: [...current.messages, ...messages] });
  }

  removeThread(threadId: string): void {
    const entry = this.threads.get(threadId);
    if (!entry) return;
    for (const record of entry.records) if (record.eligible) this.eligible.remove(record);
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

  /** The figures, projections and risk at `now` (R1–R12), without the per-conversation states. */
  summary(now: number): WindowStats {
    return windowStats(selectWindow(this.eligible, now, this.settings.windowDays), now, this.settings);
  }

  /** R13: the window's answers timed only within a range at `now`, and the threads where opening narrows one. */
  rangedAnswers(now: number): RangedAnswers {
    return rangedAnswersOf(this.eligible.records, now, this.settings.windowDays);
  }

  /** How many threads await an answer at `now`, and the `limit` most urgent (urgency.ts), without the others' states. */
  waiting(now: number, limit: number): { count: number; mostUrgent: ThreadState[] } {
    if (now >= this.latestMessageAt) return { count: this.unreplied.size, mostUrgent: this.unreplied.mostUrgentAt(now, this.settings.timeTargetSeconds, limit) };
    const states = Object.values(this.threadStates(now));
    return { count: states.length, mostUrgent: mostUrgent(states, limit) };
  }

  /** The figures, projections, risk and per-conversation states at `now` (R1–R12). */
  stats(now: number): Stats {
    return { ...this.summary(now), threads: this.threadStates(now) };
  }

  /** Every thread awaiting an answer at `now`, by id. */
  private threadStates(now: number): Record<string, ThreadState> {
    const threads: Record<string, ThreadState> = {};
    // Once every message is in the past, only threads whose latest request is unreplied can await;
    // before that (a `now` in the past) a thread with later messages is read as it was at `now`.
    if (now >= this.latestMessageAt) this.unreplied.statesAt(now, this.settings.timeTargetSeconds, threads);
    else for (const entry of this.threads.values()) {
      const state = this.stateOf(entry, now);
      if (state) addThreadState(threads, state);
    }
    return threads;
  }

  /** The per-conversation state of one thread at `now`, or null when it awaits no answer. */
  threadState(threadId: string, now: number): ThreadState | null {
    const entry = this.threads.get(threadId);
    return entry ? this.stateOf(entry, now) : null;
  }

  /** Whether the thread's latest customer message counts at `now`, and if not why; null for an unknown thread or no such message. */
  requestStanding(threadId: string, now: number): RequestStanding | null {
    const entry = this.threads.get(threadId);
    return entry ? latestRequestStanding(entry.thread, entry.records, now) : null;
  }

  private stateOf(entry: ThreadEntry, now: number): ThreadState | null {
    if (entry.lastMessageAt > now) return threadStateAt(entry.thread, now, this.settings.timeTargetSeconds);
    const latest = entry.records[entry.records.length - 1];
    if (entry.thread.folder === 'spam' || latest === undefined || latest.firstReplyAt !== null) return null;
    return conversationState(entry.thread.id, latest.at, replyDeadline(latest), now, this.settings.timeTargetSeconds);
  }

  private analyse(thread: ThreadInput): ThreadEntry {
    let lastMessageAt = -Infinity;
    for (const message of thread.messages) if (message.at > lastMessageAt) lastMessageAt = message.at;
    const entry: ThreadEntry = { thread, records: analyseThread(thread, this.isAway), lastMessageAt };
    this.threads.set(thread.id, entry);
    if (lastMessageAt > this.latestMessageAt) this.latestMessageAt = lastMessageAt;
    this.listIfAwaiting(entry);
    return entry;
  }

  private listIfAwaiting(entry: ThreadEntry): void {
    const latest = entry.records[entry.records.length - 1];
    if (entry.thread.folder !== 'spam' && latest && latest.firstReplyAt === null) this.unreplied.set(entry.thread.id, latest.at, latest.lastCustomerAt);
  }

  private rebuild(threads: Iterable<ThreadInput>): void {
    this.threads.clear();
    this.unreplied.clear();
    let count = 0;
    for (const thread of threads) {
      this.analyse(thread);
      count++;
    }
    if (count !== this.threads.size) { // a repeated id replaced an earlier thread: re-list the awaiting
      this.unreplied.clear();
      for (const entry of this.threads.values()) this.listIfAwaiting(entry);
    }
    const eligible: RequestRecord[] = [];
    for (const entry of this.threads.values()) for (const record of entry.records) if (record.eligible) eligible.push(record);
    this.eligible.reset(eligible);
  }
}
