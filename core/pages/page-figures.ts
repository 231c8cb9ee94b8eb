/**
 * The live figures of each Page: one engine model per Page (core/metrics `MetricModel`), built
 * from IndexedDB the first time it is needed after a worker start and kept in step with each
 * ingest by re-reading only the threads that changed. Nothing here is the only copy of anything:
 * losing the cache (MV3 stops the worker after ~30 s idle) costs one rebuild.
 * Whatever else writes messages (import, prune, delete) forgets the Page's figures.
 */
import { MetricModel, type RequestStanding, type Stats, type ThreadInput, type ThreadState, type WindowStats } from '@/core/metrics';
import type { ThreadBadgeState } from '@/core/messages';
import { loadSettings, type Settings } from '@/core/settings';
import { listAway } from '@/core/store/away';
import { loadPage, loadThreads, threadsRead, type StoredThread, type ThreadHoldings } from '@/core/store/pages';
import { latestOf } from '@/core/store/message-merge';
import type { MessageRecord, ThreadRecord } from '@/core/store/schema';
import type { Coverage, RangedReplies, ThreadToOpen } from '@/core/messages';
import { coverageFrom, coverageOf, type ThreadReading } from './coverage';

export function threadInput({ thread, messages }: StoredThread): ThreadInput {
  return {
    id: thread.threadKey,
    folder: thread.folder,
    channel: thread.channel,
    assignedTo: thread.assignedTo ?? null,
    // R13: the bounds go with each time, or every time reads as exact and no range is ever shown.
    messages: messages.map((m) => ({ at: m.at, atMin: m.atMin, atMax: m.atMax, from: m.from, automated: m.automated, author: m.author })),
  };
}

/** The latest message read from the thread's transcript (not derived from its list row), or null. */
function latestReadAt(messages: readonly MessageRecord[]): number | null {
  let latest: number | null = null;
  for (const m of messages) if (!m.provisional && (latest === null || m.at > latest)) latest = m.at;
  return latest;
}

export class PageFigures {
  private readonly threads = new Map<string, ThreadRecord>();
  /** Each thread's `latestReadAt` (R14 coverage). */
  private readonly latestRead = new Map<string, number | null>();
  /** Refreshes run one after another, so an older read never lands after a newer one. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(readonly pageId: string, private model: MetricModel, public settings: Settings) {}

  static async load(pageId: string): Promise<PageFigures> {
    const [settings, { threads: stored }, away] = await Promise.all([loadSettings(pageId), loadPage(pageId), listAway(pageId)]);
    const figures = new PageFigures(pageId, new MetricModel({ threads: stored.map(threadInput), away }, settings), settings);
    for (const thread of stored) figures.keep(thread);
    return figures;
  }

  /**
   * Follows an ingest: takes the changed threads as the ingest wrote them (`written`), re-reads the
   * other changed ones from the store, and drops the removed ones.
   */
  refresh(changed: readonly string[], removed: readonly string[], written: readonly ThreadHoldings[] = []): Promise<void> {
    const next = this.queue.then(() => this.applyRefresh(changed, removed, written));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async applyRefresh(changed: readonly string[], removed: readonly string[], written: readonly ThreadHoldings[]): Promise<void> {
    for (const key of removed) this.drop(key);
    if (changed.length === 0) return;
    const known = new Set(written.map((w) => w.threadKey));
    const asWritten = threadsRead(written);
    const reread = await loadThreads(this.pageId, changed.filter((key) => !known.has(key)));
    const fresh = [...asWritten.threads, ...reread.threads];
    const found = new Set<string>();
    for (const stored of fresh) {
      found.add(stored.thread.threadKey);
      this.keep(stored);
      this.model.setThread(threadInput(stored));
    }
    for (const key of changed) if (!found.has(key)) this.drop(key);
  }

  private keep({ thread, messages }: StoredThread): void {
    this.threads.set(thread.threadKey, thread);
    this.latestRead.set(thread.threadKey, latestReadAt(messages));
  }

  private drop(key: string): void {
    this.model.removeThread(key);
    this.threads.delete(key);
    this.latestRead.delete(key);
  }

  /** What figures with these `requests` and `windowFrom` rest on at `now` (R14). */
  coverage(stats: Pick<WindowStats, 'windowFrom' | 'requests'>, now: number, watchingSince: number | null): Coverage {
    return coverageOf(this.readings(), { from: coverageFrom(stats.windowFrom, now, this.settings.windowDays), requests: stats.requests, watchingSince });
  }

  /** Every thread as coverage (R14) sees it. */
  private readings(): ThreadReading[] {
    return [...this.threads.values()].map((thread) => ({
      threadId: thread.threadId, rowKey: thread.rowKey, title: thread.title, channel: thread.channel, folder: thread.folder,
      rowActivityAt: thread.rowActivityAt ?? null,
      latestReadAt: latestOf(this.latestRead.get(thread.threadKey), thread.transcriptReadAt),
    }));
  }

  async reloadAway(): Promise<void> {
    this.model.setAway(await listAway(this.pageId));
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.model.setSettings(settings);
  }

  stats(now: number): Stats {
    return this.model.stats(now);
  }

  /** The figures without the per-thread states (history, the popup's figures). */
  summary(now: number): WindowStats {
    return this.model.summary(now);
  }

  /** R13: how many answers in the window are timed only within a range, and the first `limit` conversations where opening pins one. */
  rangedReplies(now: number, limit: number): RangedReplies {
    const { count, pinnableThreadIds } = this.model.rangedAnswers(now);
    return { count, pinnableCount: pinnableThreadIds.length, pinnable: pinnableThreadIds.slice(0, limit).map((key) => this.toOpen(key)) };
  }

  private toOpen(key: string): ThreadToOpen {
    const thread = this.threads.get(key);
    return { threadId: thread?.threadId ?? null, rowKey: thread?.rowKey ?? null, title: thread?.title ?? null };
  }

  /** How many conversations wait at `now`, and the `limit` most urgent. */
  waiting(now: number, limit: number): { count: number; mostUrgent: ThreadState[] } {
    return this.model.waiting(now, limit);
  }

  /** Whether the conversation with this URL thread id (or thread key) counts at `now`, and if not why; null when it is not stored. */
  standingOf(threadId: string, now: number): RequestStanding | null {
    if (this.threads.has(threadId)) return this.model.requestStanding(threadId, now);
    for (const [key, thread] of this.threads) if (thread.threadId === threadId) return this.model.requestStanding(key, now);
    return null;
  }

  /** The `threadId` the states of thread `key` carry: its record's thread id, else its key (also once the thread is gone). */
  stateIdOf(key: string): string {
    return this.threads.get(key)?.threadId ?? key;
  }

  /**
   * Waiting conversations (the engine's states, from `Stats.threads`) as the inline badge needs
   * them: with their thread's ids, title and channel, and whether its latest request counts at `now`. The engine keys a state by its thread's key.
   */
  badgeStates(states: readonly ThreadState[], now: number): ThreadBadgeState[] {
    return states.map((state) => {
      const thread = this.threads.get(state.threadId);
      return {
        ...state,
        threadId: this.stateIdOf(state.threadId),
        rowKey: thread?.rowKey ?? null,
        title: thread?.title ?? null,
        channel: thread?.channel ?? 'unknown',
        timeTargetSeconds: this.settings.timeTargetSeconds,
        standing: this.model.requestStanding(state.threadId, now),
      };
    });
  }
}

const cache = new Map<string, Promise<PageFigures>>();

/** The Page's figures, built once per worker life. */
export function pageFigures(pageId: string): Promise<PageFigures> {
  let figures = cache.get(pageId);
  if (!figures) {
    figures = PageFigures.load(pageId);
    figures.catch(() => cache.delete(pageId));
    cache.set(pageId, figures);
  }
  return figures;
}

/** Pages whose figures are built. */
export function cachedPageIds(): string[] {
  return [...cache.keys()];
}

/**
 * Forgets the figures of every Page not listed: a persistent background (Firefox) would otherwise
 * hold every Page ever opened. A Page let go is rebuilt from the store when next used.
 */
export function keepOnlyPageFigures(pageIds: readonly string[]): void {
  const kept = new Set(pageIds);
  for (const pageId of cache.keys()) if (!kept.has(pageId)) cache.delete(pageId);
}

/** Forgets every Page's figures (after an import, a delete, a prune): the next use rebuilds from the store. */
export function forgetPageFigures(pageId?: string): void {
  if (pageId === undefined) cache.clear();
  else cache.delete(pageId);
}
