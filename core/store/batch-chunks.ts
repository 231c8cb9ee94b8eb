/**
 * The thread chunks one ingest batch reads and changes, held in memory: each chunk is read once,
 * every message of the batch is merged, moved or dropped here, and each changed chunk is written
 * once at the end (`flush`). *Why:* a put per message (and its index updates) was what capped
 * ingest; a put per thread and batch does not.
 *
 * Invariant: a message key is in at most one chunk. A key this batch has not seen yet may be in a
 * chunk not loaded: `locate` finds it before a record with that key is put — in the Page's
 * in-memory `MessageIndex` while it is valid, else in the store's `byMessage` index.
 */
import type { MessageIndex } from './message-index';
import { compareKeys, threadRecordKey, type MessageRecord, type ThreadKey, type ThreadMessagesRecord, type WritableStore } from './schema';
import { chunkMessages, chunkRecord } from './thread-chunk';

/** Keys per range probe in `storedHolders`. */
const PROBE_RUN = 25;

export class BatchChunks {
  /** Each loaded thread's messages, by key. */
  private readonly chunks = new Map<ThreadKey, Map<string, MessageRecord>>();
  private readonly loading = new Map<ThreadKey, Promise<void>>();
  /** The loaded thread that holds each message now (in memory, ahead of the store), by key and by alias. */
  private readonly holders = new Map<string, ThreadKey>();
  /** The key of the record each alias belongs to. */
  private readonly aliases = new Map<string, string>();
  private readonly changed = new Set<ThreadKey>();
  /** Every key the loaded chunks held when read (to check the caller's index against). */
  private readonly read = new Set<string>();
  /** Each loaded thread's chunk as the store holds it: as read, then as written by `flush`. */
  private readonly stored = new Map<ThreadKey, ThreadMessagesRecord | undefined>();

  constructor(private readonly store: WritableStore<'threadMessages'>, private readonly pageId: string, private readonly index?: MessageIndex) {}

  /** Reads a thread's chunk, once per batch. */
  load(threadKey: ThreadKey): Promise<void> {
    let pending = this.loading.get(threadKey);
    if (!pending) {
      pending = this.store.get(threadRecordKey(this.pageId, threadKey)).then((chunk) => {
        this.stored.set(threadKey, chunk);
        const messages = new Map<string, MessageRecord>();
        for (const message of chunk ? chunkMessages(chunk) : []) {
          messages.set(message.key, message);
          this.file(message, threadKey);
          this.read.add(message.key);
          if (message.alias !== undefined) this.read.add(message.alias);
        }
        this.chunks.set(threadKey, messages);
      });
      this.loading.set(threadKey, pending);
    }
    return pending;
  }

  /** Loads the chunks that hold any of `keys` not already known in memory. */
  async locate(keys: Iterable<string>): Promise<void> {
    let unknown = [...new Set(keys)].filter((key) => !this.holders.has(key));
    if (this.index) unknown = await this.locateIndexed(unknown);
    if (unknown.length === 0) return;
    const found = await this.storedHolders(unknown);
    const threads = new Set(found.map((chunkKey) => chunkKey.slice(this.pageId.length + 1)));
    await Promise.all([...threads].map((threadKey) => this.load(threadKey)));
  }

  /**
   * Loads the chunks the caller's index files `keys` under, with no lookup in the store; returns
   * the keys the index got wrong (filed under a chunk that does not hold them), for the store to
   * answer. A key the index does not know is new: no chunk of the Page holds it.
   */
  private async locateIndexed(keys: string[]): Promise<string[]> {
    const index = this.index!;
    const threads = new Set(keys.map((key) => index.threadOf(key)).filter((t): t is ThreadKey => t !== undefined));
    await Promise.all([...threads].map((threadKey) => this.load(threadKey)));
    const misfiled = keys.filter((key) => index.threadOf(key) !== undefined && !this.read.has(key));
    if (misfiled.length > 0) console.warn(`ReplyClock: the message index was out of step with the store (${misfiled.length} keys); looking them up`);
    return misfiled;
  }

  /**
   * The keys of the chunks holding any of `keys`, from the `byMessage` index. *Why the runs:* a
   * lookup per key costs a request each, and a long transcript has hundreds of keys. The sorted keys are cut into runs and each run's whole range is probed
   * with one request: a range holding no stored key proves all of its keys new. Only the keys of
   * runs whose range holds some key are then looked up one by one. Exact either way; at worst
   * (every range occupied) one request per run more than looking each key up.
   */
  private async storedHolders(keys: string[]): Promise<string[]> {
    const byMessage = this.store.index('byMessage');
    const lookUp = async (some: string[]) => (await Promise.all(some.map((key) => byMessage.getKey(key)))).filter((k): k is string => k !== undefined);
    if (keys.length <= PROBE_RUN) return lookUp(keys);
    const sorted = [...keys].sort(compareKeys);
    const runs = Array.from({ length: Math.ceil(sorted.length / PROBE_RUN) }, (_, i) => sorted.slice(i * PROBE_RUN, (i + 1) * PROBE_RUN));
    const occupied = await Promise.all(runs.map((run) => byMessage.getKey(IDBKeyRange.bound(run[0]!, run[run.length - 1]!))));
    return lookUp(runs.filter((_, i) => occupied[i] !== undefined).flat());
  }

  /** Notes which thread holds a record, under its key and its alias. */
  private file(record: MessageRecord, threadKey: ThreadKey): void {
    this.holders.set(record.key, threadKey);
    if (record.alias !== undefined) {
      this.holders.set(record.alias, threadKey);
      this.aliases.set(record.alias, record.key);
    }
  }

  /** The record of `key` (its key or its alias) if a loaded chunk holds it (after `locate`: if any chunk does). */
  find(key: string): MessageRecord | undefined {
    const own = this.aliases.get(key) ?? key;
    const threadKey = this.holders.get(own);
    return threadKey === undefined ? undefined : this.chunks.get(threadKey)?.get(own);
  }

  /** A loaded thread's messages, as they stand in this batch. */
  messagesOf(threadKey: ThreadKey): MessageRecord[] {
    return [...this.loaded(threadKey).values()];
  }

  /** Files `record` in its thread's chunk, taking it out of the chunk that held it; returns that thread if it was another. */
  put(record: MessageRecord): ThreadKey | null {
    const previous = this.holders.get(record.key);
    const moved = previous !== undefined && previous !== record.threadKey;
    if (moved) this.remove(this.find(record.key)!);
    this.loaded(record.threadKey).set(record.key, record);
    this.file(record, record.threadKey);
    this.changed.add(record.threadKey);
    return moved ? previous : null;
  }

  remove(record: MessageRecord): void {
    this.loaded(record.threadKey).delete(record.key);
    this.holders.delete(record.key);
    if (record.alias !== undefined && this.aliases.get(record.alias) === record.key) {
      this.holders.delete(record.alias);
      this.aliases.delete(record.alias);
    }
    this.changed.add(record.threadKey);
  }

  /** Moves every message of thread `from` (loaded) to thread `to` (loaded); returns the moved records. */
  moveAll(from: ThreadKey, to: ThreadKey): MessageRecord[] {
    const moved = this.messagesOf(from).map((message) => ({ ...message, threadKey: to }));
    for (const message of moved) this.put(message);
    return moved;
  }

  /** Issues one write per changed chunk: a put, or a delete when no message is left in it; returns their threads. */
  flush(issue: (write: Promise<unknown>) => void): ThreadKey[] {
    const written = [...this.changed];
    for (const threadKey of written) {
      const chunk = chunkRecord(this.pageId, threadKey, this.loaded(threadKey).values());
      issue(chunk ? this.store.put(chunk) : this.store.delete(threadRecordKey(this.pageId, threadKey)));
      this.stored.set(threadKey, chunk ?? undefined);
    }
    this.changed.clear();
    return written;
  }

  /** A thread's chunk as the store holds it once the issued writes land, or null when this batch did not read it. */
  storedChunk(threadKey: ThreadKey): { chunk: ThreadMessagesRecord | undefined } | null {
    return this.stored.has(threadKey) ? { chunk: this.stored.get(threadKey) } : null;
  }

  private loaded(threadKey: ThreadKey): Map<string, MessageRecord> {
    const messages = this.chunks.get(threadKey);
    // A write to a chunk not read first would overwrite what the store holds: a bug, not a user error.
    if (!messages) throw new Error(`thread chunk ${threadKey} used before it was loaded`);
    return messages;
  }
}
