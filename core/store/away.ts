/** Away periods per Page: switched by hand (R9: reverts after 12 h) or seen as a banner. */
import { openStore } from './connection';
import { writeAllOrNothing } from './write-error';
import { R9_MANUAL_AWAY_REVERT_MS } from '@/core/metrics';
import type { AwayRecord, WritableStore } from './schema';

export async function listAway(pageId: string): Promise<AwayRecord[]> {
  return (await openStore()).getAllFromIndex('away', 'byPage', pageId);
}

/** The open manual period at `now`, if any (one with no end, begun less than 12 h ago). */
export function activeManualAway(periods: readonly AwayRecord[], now: number): AwayRecord | null {
  return periods.find((p) => p.source === 'manual' && p.to === null && p.from <= now && now < p.from + R9_MANUAL_AWAY_REVERT_MS) ?? null;
}

/**
 * Switches the manual Away on (an open period from `now`) or off (closes the open one at `now`).
 * Returns when it ends by itself, or null when the Page is available.
 */
export async function setManualAway(pageId: string, away: boolean, now: number): Promise<number | null> {
  const db = await openStore();
  const tx = db.transaction('away', 'readwrite');
  // A failed write (a full disk, an id counter run out) aborts the transaction and throws a StoreWriteError.
  return writeAllOrNothing(tx, async () => {
    const periods = await tx.store.index('byPage').getAll(pageId);
    const open = activeManualAway(periods, now);
    if (!away) {
      if (open) await tx.store.put({ ...open, to: now });
      return null;
    }
    if (open) return open.from + R9_MANUAL_AWAY_REVERT_MS;
    await tx.store.add({ pageId, from: now, to: null, source: 'manual' });
    return now + R9_MANUAL_AWAY_REVERT_MS;
  });
}

/** Banner sightings further apart than this are two Away periods, not one. */
export const BANNER_GAP_MS = 15 * 60_000;

/**
 * Whether the "scheduled to be away" notice was seen at `seenAt`: Away from its first sighting to
 * its last (R9), ended by a sighting without it; within the caller's transaction. *Decision:* when no tab watched, the period ends at the last
 * sighting — a request is excluded only when we saw the Page was Away.
 */
/** Returns whether the Away periods changed. */
export async function recordBannerSighting(away: WritableStore<'away'>, pageId: string, seenAt: number, banner: boolean): Promise<boolean> {
  const periods = await away.index('byPage').getAll(pageId);
  const latest = periods.filter((p) => p.source === 'banner').sort((a, b) => b.from - a.from)[0];
  if (!banner) {
    if (!latest || latest.ended || latest.to === null || seenAt < latest.to) return false;
    await away.put({ ...latest, ended: true });
    return false; // the period itself is unchanged: [first, last sighting)
  }
  if (latest && !latest.ended && latest.to !== null && seenAt >= latest.from && seenAt - latest.to <= BANNER_GAP_MS) {
    if (seenAt <= latest.to) return false;
    await away.put({ ...latest, to: seenAt });
  } else {
    await away.add({ pageId, from: seenAt, to: seenAt, source: 'banner' });
  }
  return true;
}
