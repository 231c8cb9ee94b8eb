/**
 * A write the store could not make. `messageKey` is a locale key the UI shows as is
 * (public/_locales: store_error_*); the caller keeps its data to try again.
 */
import type { MessageKey } from '@/core/i18n';
import type { StoreWriteReason } from '@/core/messages';

export type { StoreWriteReason };

export class StoreWriteError extends Error {
  constructor(readonly reason: StoreWriteReason, cause?: unknown) {
    super(reason === 'quota' ? 'store_error_quota' : 'store_error_write', { cause });
    this.name = 'StoreWriteError';
  }

  /** The locale key of the message to show. */
  get messageKey(): MessageKey { return this.message as MessageKey; }

  static from(error: unknown): StoreWriteError {
    if (error instanceof StoreWriteError) return error;
    const name = (error as { name?: unknown } | null)?.name;
    return new StoreWriteError(name === 'QuotaExceededError' ? 'quota' : 'write', error);
  }
}

/** What `writeAllOrNothing` needs of a transaction (idb's IDBPTransaction). */
interface WriteTransaction { done: Promise<void>; abort(): void }

/**
 * Runs the writes of `tx` and waits for it to commit; if any write fails — even by throwing at
 * once, which would otherwise leave the transaction to commit what came before — the whole
 * transaction is aborted and a `StoreWriteError` thrown: all or nothing.
 */
export async function writeAllOrNothing<T>(tx: WriteTransaction, writes: () => Promise<T>): Promise<T> {
  try {
    const result = await writes();
    await tx.done;
    return result;
  } catch (error) {
    try { tx.abort(); } catch { /* already finished */ }
    await tx.done.catch(() => undefined);
    throw StoreWriteError.from(error);
  }
}
