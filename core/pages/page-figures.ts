/**
 * The live figures of each Page: one engine model per Page (core/metrics `MetricModel`), built
 * from IndexedDB the first time it is needed after a worker start and kept in step with each
 * ingest by re-reading only the threads that changed. Nothing here is the only copy of anything:
 * losing the cache (MV3 stops the worker after ~30 s idle) costs one rebuild.
 * Whatever else writes messages (import, prune, delete) forgets the Page's figures.
 */
import { MetricModel, type Stats, type ThreadInput, type ThreadState, type WindowStats } from '@/core/metrics';
import type { ThreadBadgeState } from '@/core/messages';
import { loadSettings, type Settings } from '@/core/settings';
import { listAway } from '@/core/store/away';
import { loadPage, loadThreads, threadsRead, type StoredThread, type ThreadHoldings } from '@/core/store/pages';
import type { ThreadRecord } from '@/core/store/schema';

export function threadInput({ thread, messages }: StoredThread): ThreadInput {
  return {
    id: thread.threadKey,
    folder: thread.folder,
    channel: thread.channel,
    assignedTo: thread.assignedTo ?? null,
    messages: messages.map((m) => ({ at: m.at, from: m.from, automated: m.automated, author: m.author })),
  };
}

export class PageFigures {
  private readonly threads = new Map<string, ThreadRecord>();
  /** Refreshes run one after another, so an older read never lands after a newer one. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(readonly pageId: string, private model: MetricModel, public settings: Settings) {}

  static async load(pageId: string): Promise<PageFigures> {
    const [settings, { threads: stored }, away] = await Promise.all([loadSettings(pageId), loadPage(pageId), listAway(pageId)]);
    const figures = new PageFigures(pageId, new MetricModel({ threads: stored.map(threadInput), away }, settings), settings);
    for (const { thread } of stored) figures.threads.set(thread.threadKey, thread);
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
    for (const key of removed) {
      this.model.removeThread(key);
      this.threads.delete(key);
    }
    if (changed.length === 0) return;
    const known = new Set(written.map((w) => w.threadKey));
    const asWritten = threadsRead(written);
    const reread = await loadThreads(this.pageId, changed.filter((key) => !known.has(key)));
    const fresh = [...asWritten.threads, ...reread.threads];
    const found = new Set<string>();
    for (const stored of fresh) {
      found.add(stored.thread.threadKey);
      this.threads.set(stored.thread.threadKey, stored.thread);
      this.model.setThread(threadInput(stored));
    }
    for (const key of changed) {
      if (found.has(key)) continue;
      this.model.removeThread(key);
      this.threads.delete(key);
    }
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

  /** How many conversations wait at `now`, and the `limit` most urgent. */
  waiting(now: number, limit: number): { count: number; mostUrgent: ThreadState[] } {
    return this.model.waiting(now, limit);
  }

  /** The `threadId` the states of thread `key` carry: its record's thread id, else its key (also once the thread is gone). */
  stateIdOf(key: string): string {
    return this.threads.get(key)?.threadId ?? key;
  }

  /**
   * Waiting conversations (the engine's states, from `Stats.threads`) as the inline badge needs
   * them: with their thread's ids, title and channel. The engine keys a state by its thread's key.
   */
  badgeStates(states: readonly ThreadState[]): ThreadBadgeState[] {
    return states.map((state) => {
      const thread = this.threads.get(state.threadId);
      return {
        ...state,
        threadId: this.stateIdOf(state.threadId),
        rowKey: thread?.rowKey ?? null,
        title: thread?.title ?? null,
        channel: thread?.channel ?? 'unknown',
        timeTargetSeconds: this.settings.timeTargetSeconds,
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
