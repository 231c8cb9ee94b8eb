/** A full disk as IndexedDB reports it, for the tests of what the store does then. */
import { type MockInstance, vi } from 'vitest';

/**
 * From now on every put into `store` (into any store when none is named) throws the browser's
 * QuotaExceededError; other stores write as usual. Undone by vi.restoreAllMocks() or the spy's mockRestore().
 */
export function diskFull(store?: string): MockInstance<IDBObjectStore['put']> {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (store === undefined || this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}
