/**
 * A count of the store's bulk writes: the writes of thread chunks other than ingest's (import,
 * delete-all, prune, a schema upgrade). Each counts the moment its transaction is created, before
 * it writes anything. *Why:* the worker's message index (message-index.ts) mirrors the chunks and is
 * kept in step with ingest only; a batch already under way when an import starts must not trust an
 * index read before it. IndexedDB runs transactions over the same stores in the order they were
 * created, so an ingest whose transaction is created at the same count as its index's read sees
 * exactly what that read saw, plus the ingests since (which the index followed).
 */
let bulkWrites = 0;

/** How many bulk writes have begun in this context. */
export function bulkWriteCount(): number {
  return bulkWrites;
}

/** Call as a bulk write's transaction is created (synchronously, with no `await` between). */
export function noteBulkWrite(): void {
  bulkWrites++;
}
