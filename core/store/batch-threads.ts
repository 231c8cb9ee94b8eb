/**
 * The thread records one ingest batch reads and writes: each read once, writes issued at once and
 * remembered, so a later step of the same batch sees them without reading the store again.
 */
import { threadRecordKey, type ThreadKey, type ThreadRecord, type WritableStore } from './schema';

export class BatchThreads {
  /** What the store holds (or will, once the issued writes land); `undefined`: no such thread. */
  private readonly known = new Map<ThreadKey, ThreadRecord | undefined>();
  private readonly loading = new Map<ThreadKey, Promise<void>>();

  constructor(
    private readonly store: WritableStore<'threads'>,
    private readonly pageId: string,
    private readonly issue: (write: Promise<unknown>) => void,
  ) {}

  /** The thread whose list row has this key. The index sees every write issued before it, so it is current. */
  async byRowKey(rowKey: string): Promise<ThreadRecord | undefined> {
    const thread = await this.store.index('byRowKey').get([this.pageId, rowKey]);
    if (thread && !this.known.has(thread.threadKey)) this.known.set(thread.threadKey, thread);
    return thread;
  }

  /** Reads a thread's record, once per batch. */
  load(threadKey: ThreadKey): Promise<void> {
    let pending = this.loading.get(threadKey);
    if (!pending) {
      pending = this.store.get(threadRecordKey(this.pageId, threadKey)).then((thread) => {
        // A write issued meanwhile is newer than what the read found.
        if (!this.known.has(threadKey)) this.known.set(threadKey, thread);
      });
      this.loading.set(threadKey, pending);
    }
    return pending;
  }

  /** A loaded thread's record, or undefined when there is none. */
  get(threadKey: ThreadKey): ThreadRecord | undefined {
    if (!this.known.has(threadKey)) throw new Error(`thread ${threadKey} used before it was loaded`);
    return this.known.get(threadKey);
  }

  /** A thread's record as the store holds it once the issued writes land, or null when this batch did not read it. */
  storedRecord(threadKey: ThreadKey): { thread: ThreadRecord | undefined } | null {
    return this.known.has(threadKey) ? { thread: this.known.get(threadKey) } : null;
  }

  put(thread: ThreadRecord): void {
    this.known.set(thread.threadKey, thread);
    this.issue(this.store.put(thread));
  }

  delete(thread: ThreadRecord): void {
    this.known.set(thread.threadKey, undefined);
    this.issue(this.store.delete(thread.key));
  }
}
