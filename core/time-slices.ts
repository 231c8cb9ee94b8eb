/**
 * Long work cut into tasks the page does not feel: a slice runs pieces of work until its budget is
 * spent, then gives the main thread back (a new task) before the next piece. A user feels a task
 * over 16 ms (a dropped frame); half of that leaves the page its own share of the frame.
 */
export const SLICE_MS = 8;

interface Scheduler { yield?: () => Promise<void> }

/**
 * Resolves in a new task. `scheduler.yield` where the browser has it (the continuation goes ahead of
 * other queued work); else a message posted to ourselves, which neither the 4 ms clamp of nested
 * timers nor the throttling of timers in hidden tabs delays.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** How long one slice may run, ms. */
  budgetMs?: number;
  clock?: () => number;
  /** How the main thread is given back (tests: a promise they control). */
  yieldTask?: () => Promise<void>;
}

/**
 * One piece of long work's time on the main thread.
 * @example for (const row of rows) { await slice.next(); read(row); }
 */
export class TimeSlice {
  private readonly budgetMs: number;
  private readonly clock: () => number;
  private readonly yieldTask: () => Promise<void>;
  private started: number;

  constructor(options: SliceOptions = {}) {
    this.budgetMs = options.budgetMs ?? SLICE_MS;
    this.clock = options.clock ?? (() => performance.now());
    this.yieldTask = options.yieldTask ?? nextTask;
    this.started = this.clock();
  }

  /** Whether this slice's budget is used up. */
  get spent(): boolean {
    return this.clock() - this.started >= this.budgetMs;
  }

  /** Goes on at once while the budget lasts; else resolves in a new task, with a new slice. */
  async next(): Promise<void> {
    if (!this.spent) return;
    await this.yieldTask();
    this.started = this.clock();
  }

  /** A new slice from now, after a new task began. */
  async fresh(): Promise<void> {
    await this.yieldTask();
    this.started = this.clock();
  }
}
