/**
 * Two observation batches waiting in the content script's outbox, as one. While the worker is busy
 * (a burst: a batch per frame, each costing the worker a transaction and a round trip), batches
 * queue up; sending them as one costs about what a single small batch costs, so the worker keeps up
 * however fast messages arrive. Merged only when nothing is lost: same Page, channel and folder, no
 * away banner in either (its sighting instants must stay as seen), and at most one open
 * conversation between them.
 */
import type { ObservationBatch } from '@/core/messages';
import type { ListRowSnapshot, MessageSnapshot, OpenThreadSnapshot } from '@/core/inbox/types';

/** The later sighting of each key wins; the first sighting keeps its place. */
function lastOfEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

function sameConversation(a: OpenThreadSnapshot, b: OpenThreadSnapshot): boolean {
  return a.threadId === b.threadId && a.title === b.title && (a.rowKey ?? null) === (b.rowKey ?? null) && (a.channel ?? null) === (b.channel ?? null);
}

function mergedOpen(a: OpenThreadSnapshot | null, b: OpenThreadSnapshot | null): OpenThreadSnapshot | null | undefined {
  if (!a || !b) return a ?? b;
  if (!sameConversation(a, b)) return undefined;
  return { ...b, messages: lastOfEach<MessageSnapshot>([...a.messages, ...b.messages], (m) => m.id), assignedTo: b.assignedTo ?? a.assignedTo ?? null };
}

/**
 * `earlier` and `later` as one batch (under `earlier`'s id: neither was sent yet), or null when they
 * must go separately.
 */
export function mergedBatch(earlier: ObservationBatch, later: ObservationBatch): ObservationBatch | null {
  if (earlier.pageId !== later.pageId || earlier.channel !== later.channel || earlier.folder !== later.folder) return null;
  if (earlier.awayBanner !== null || later.awayBanner !== null) return null;
  const open = mergedOpen(earlier.open, later.open);
  if (open === undefined) return null;
  return {
    ...later,
    batchId: earlier.batchId,
    rows: lastOfEach<ListRowSnapshot>([...earlier.rows, ...later.rows], (r) => r.key),
    open,
  };
}
