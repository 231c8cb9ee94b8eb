/**
 * R14 — what the figures rest on: which conversations the list shows activity for that no
 * transcript read has shown (not yet read), and whether enough was read to give a verdict.
 */
import { OVERVIEW_NOT_YET_READ_LIMIT, type Coverage, type CoverageState, type UnreadConversation } from '@/core/messages';
import { DAY_MS, R5_MINIMUM_REQUESTS, type Channel, type Folder } from '@/core/metrics';
import { SAME_MESSAGE_TOLERANCE_MS } from '@/core/store/message-merge';

/** One conversation as far as coverage goes: what its row showed and what its transcript did. */
export interface ThreadReading {
  threadId: string | null;
  rowKey: string | null;
  title: string | null;
  channel: Channel;
  folder: Folder;
  /** The latest activity its list row showed; null: no row with a time seen. */
  rowActivityAt: number | null;
  /** The latest instant its transcript is known to show (its latest message, or when it was shown after newer row activity); null: never read. */
  latestReadAt: number | null;
}

/** "Enough" to give a verdict: R5's minimum of ten conversations read from their transcripts, or nothing left unread. */
export const ENOUGH_READ_CONVERSATIONS = R5_MINIMUM_REQUESTS;

/** Only Messenger (or a thread whose channel is not known yet) outside Spam can count in the figures. */
function mayCount(thread: ThreadReading): boolean {
  return (thread.channel === 'messenger' || thread.channel === 'unknown') && thread.folder !== 'spam';
}

/**
 * Not yet read: its row shows activity after `from` and later than its transcript's latest message
 * (list times are whole minutes, hence the tolerance), or its transcript was never read.
 */
export function isNotYetRead(thread: ThreadReading, from: number): boolean {
  const activity = thread.rowActivityAt;
  if (activity === null || activity <= from || !mayCount(thread)) return false;
  return thread.latestReadAt === null || activity > thread.latestReadAt + SAME_MESSAGE_TOLERANCE_MS;
}

/** Where coverage looks from: the window's first request, or `windowDays` before `now` if that is earlier. */
export function coverageFrom(windowFrom: number | null, now: number, windowDays: number): number {
  return Math.min(windowFrom ?? Number.POSITIVE_INFINITY, now - windowDays * DAY_MS);
}

/**
 * Example: 3 conversations read, 2 rows newer than their transcripts, 5 requests counted →
 * `learning` (fewer than ten read, and something is left to read).
 */
export function coverageOf(threads: Iterable<ThreadReading>, at: { from: number; requests: number; watchingSince: number | null }): Coverage {
  const unread: UnreadConversation[] = [];
  let readConversations = 0;
  for (const thread of threads) {
    if (isNotYetRead(thread, at.from)) {
      unread.push({ threadId: thread.threadId, rowKey: thread.rowKey, title: thread.title, rowActivityAt: thread.rowActivityAt! });
    } else if (thread.latestReadAt !== null && thread.latestReadAt > at.from && mayCount(thread)) {
      readConversations++;
    }
  }
  unread.sort((a, b) => b.rowActivityAt - a.rowActivityAt);
  const state = coverageState(unread.length, readConversations, at.requests);
  return {
    state,
    openForVerdict: state === 'learning' ? Math.min(unread.length, ENOUGH_READ_CONVERSATIONS - readConversations) : 0,
    watchingSince: at.watchingSince,
    readConversations,
    notYetRead: unread.slice(0, OVERVIEW_NOT_YET_READ_LIMIT),
    notYetReadCount: unread.length,
  };
}

function coverageState(unread: number, read: number, requests: number): CoverageState {
  if (unread === 0) return requests === 0 ? 'empty' : 'complete';
  return read < ENOUGH_READ_CONVERSATIONS ? 'learning' : 'incomplete';
}
