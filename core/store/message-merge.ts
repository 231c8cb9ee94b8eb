/**
 * The decisions of ingest, as pure functions: which record a sighting of a message makes, when a
 * list-derived record and a transcript message are the same message, and when a Page row in the
 * list is an answer.
 */
import type { InstantQuality, MessageSnapshot } from '@/core/inbox/types';
import type { Side } from '@/core/metrics/types';
import type { MessageRecord, ThreadKey } from './schema';

/** A list-derived record and the transcript's message are the same when side matches and instants are this close. */
export const SAME_MESSAGE_TOLERANCE_MS = 60_000;

/** Where an instant came from, worst to best: the moment we saw it, a date divider, `data-utime`. */
const QUALITY_RANK: Record<InstantQuality, number> = { seen: 0, divider: 1, utime: 2 };

export function isSameMessage(record: MessageRecord, side: Side, at: number): boolean {
  return record.from === side && Math.abs(record.at - at) <= SAME_MESSAGE_TOLERANCE_MS;
}

/** Where a sighting is filed: its record's key (Meta's id when any sighting showed it) and alias. */
export interface MessagePlace { key: string; alias?: string; pageId: string; threadKey: ThreadKey; seenAt: number }

/**
 * The key and alias one message is stored under (`pageKey` makes a store key of an id): Meta's id
 * whenever a sighting showed it, the derived key as its alias; else what is stored, else the
 * derived key. So a message read on a build with ids and on one without is one record.
 */
export function messagePlace(seen: MessageSnapshot, old: MessageRecord | undefined, pageKey: (id: string) => string): { key: string; alias?: string } {
  if (seen.alias !== undefined) return { key: pageKey(seen.id), alias: pageKey(seen.alias) };
  if (old) return { key: old.key, ...(old.alias !== undefined ? { alias: old.alias } : {}) };
  return { key: pageKey(seen.id) };
}

/** [atMin, atMax] of a record (`at` both for one stored before bounds, or exact). */
const boundsOf = (m: Pick<MessageRecord, 'at' | 'atMin' | 'atMax'>): [number, number] => [m.atMin ?? m.at, m.atMax ?? m.at];

/**
 * The record for a transcript message seen now: a better instant replaces a worse one (utime >
 * divider > seen), never the reverse; a message with no instant is dated when it was seen. The
 * bounds (R13) are the narrowest either sighting gave — a later read narrows, never widens — and
 * `at` lies within them. When the two disagree (no overlap), the better sighting's bounds stand.
 * Example: stored at 09:05 ('seen'), seen again with utime 09:01:30 → 09:01:30 ('utime').
 */
export function mergedMessage(old: MessageRecord | undefined, seen: MessageSnapshot, where: MessagePlace): MessageRecord {
  const at = seen.at ?? where.seenAt;
  const atQuality: InstantQuality = seen.at === null ? 'seen' : seen.atQuality ?? 'seen';
  const better = !old || QUALITY_RANK[atQuality] > QUALITY_RANK[old.atQuality];
  const fresh: [number, number] = seen.at === null ? [at, at] : [seen.atMin ?? at, seen.atMax ?? at];
  let [atMin, atMax] = fresh;
  if (old) {
    const [oldMin, oldMax] = boundsOf(old);
    const narrowed: [number, number] = [Math.max(atMin, oldMin), Math.min(atMax, oldMax)];
    [atMin, atMax] = narrowed[0] <= narrowed[1] ? narrowed : better ? fresh : [oldMin, oldMax];
  }
  const best = Math.min(Math.max(better ? at : old.at, atMin), atMax);
  const messageId = where.key.slice(where.pageId.length + 1);
  return {
    key: where.key, ...(where.alias !== undefined ? { alias: where.alias } : {}), pageId: where.pageId, threadKey: where.threadKey, messageId,
    at: best, ...(atMin !== best || atMax !== best ? { atMin, atMax } : {}), atQuality: better ? atQuality : old.atQuality,
    from: seen.from, automated: seen.automated, author: seen.author ?? old?.author ?? null, provisional: false,
  };
}

export function sameRecord(a: MessageRecord, b: MessageRecord): boolean {
  return a.key === b.key && a.alias === b.alias && a.threadKey === b.threadKey && a.at === b.at && boundsOf(a).join() === boundsOf(b).join() && a.atQuality === b.atQuality && a.from === b.from && a.automated === b.automated && a.author === b.author;
}

/** The provisional (list-derived) records the real message `next` stands for. */
export function supersededBy(known: readonly MessageRecord[], next: MessageRecord): MessageRecord[] {
  return known.filter((stand) => stand.provisional && isSameMessage(stand, next.from, next.at));
}

/**
 * The list-derived records a transcript read disproves: `unconfirmed` (what `supersededBy` left) inside
 * the stretch the read showed, from its first message to its last, give or take the tolerance. The
 * transcript shows every message of that stretch, so a record none of them confirmed was never sent.
 * Example: a customer's "Tu: ciao" at 10:00 taken from the list for a Page reply; the transcript shows
 * the customer's message at 10:00 and nothing of the Page → the Page record goes.
 */
export function disprovedBy(unconfirmed: readonly MessageRecord[], shown: readonly number[]): MessageRecord[] {
  if (shown.length === 0) return [];
  const first = shown.reduce((a, b) => Math.min(a, b)) - SAME_MESSAGE_TOLERANCE_MS;
  const last = shown.reduce((a, b) => Math.max(a, b)) + SAME_MESSAGE_TOLERANCE_MS;
  return unconfirmed.filter((m) => m.provisional && m.at >= first && m.at <= last);
}

/**
 * *Decision:* a row whose preview is the Page's own ("You: …") is recorded as a provisional page
 * message by a person only when it follows a stored customer message by more than the tolerance:
 * otherwise an answered conversation would stay "late" in the list until someone opens it. An
 * instant reply or away message comes within seconds of the customer's message, so it is not
 * mistaken for an answer; a later automation still could be, until the transcript supersedes it.
 */
export function pageRowAnswers(known: readonly MessageRecord[], at: number): boolean {
  const lastCustomer = known.reduce((latest, m) => (m.from === 'customer' && m.at <= at && m.at > latest ? m.at : latest), -Infinity);
  return Number.isFinite(lastCustomer) && at - lastCustomer > SAME_MESSAGE_TOLERANCE_MS;
}
