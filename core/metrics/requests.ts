/**
 * R1–R4 — from a thread's messages to its requests. The analysis of a thread does not depend on
 * `now`: every message is read, and the facts the figures need that do depend on `now` (does the
 * request exist yet, was the reply sent yet) are answered by the functions below, so a thread's
 * analysis can be cached and still give the figures at any instant ("messages after `now` do not
 * exist yet"). A later message never changes how an earlier one was read (R1 looks back only).
 */
import { R9_AWAY_REQUESTS_EXCLUDED } from './away';
import { earliestAt, latestAt, timeNotShown } from './bounded-times';
import { DAY_MS } from './durations';
import type { MessageInput, ThreadInput } from './types';

/** R1: a customer message after at least this much silence (from either side) opens a new request. */
export const R1_SILENCE_MS = DAY_MS;
/** R2: a person's reply answers a request when it comes less than this after it; until then it is pending. */
export const R2_ANSWER_LIMIT_MS = DAY_MS;
/** R3 *decision*: automated messages answer nothing and do not break R1's silence either. */
export const R3_AUTOMATED_BREAKS_SILENCE = false;
/** R4 *decision*: a request in a Done thread that no person's page message followed needed no answer. */
export const R4_DONE_WITHOUT_REPLY_EXCLUDED = true;

/** One request (R1) and its exchange: the messages up to the thread's next request. */
export interface RequestRecord {
  threadId: string;
  /** Position of the request in its thread (0 = first). */
  seq: number;
  at: number;
  /** R13: the bounds of the request's instant (both `at` when it is exact). */
  atMin: number;
  atMax: number;
  /** The first page message sent by a person in the exchange (in time or late); null when none. */
  firstReplyAt: number | null;
  /** R13: the bounds of that reply's instant; null when there is none. */
  firstReplyAtMin: number | null;
  firstReplyAtMax: number | null;
  /** Who sent that reply ("Sent by"); null when the page does not say or there is none. */
  firstReplyBy: string | null;
  /** The exchange's latest customer message (R10). */
  lastCustomerAt: number;
  /** R4 as far as it is known without `now`: not Away, not Spam, a Messenger thread. */
  eligible: boolean;
  /** The thread is in Done (R4: excluded when no person replied by `now`). */
  done: boolean;
  /**
   * R13: the request or its first reply is the thread's latest message, and the page shows no time
   * for it. Opening the conversation pins it: the list row's time is that message's instant.
   */
  latestTimeNotShown: boolean;
}

const SIDE_ORDER = { customer: 0, page: 1 } as const;

/**
 * The order of a thread's messages, wherever they are kept or read: by time. *Decision:* at the
 * same instant the customer's message comes first, so a page message sent in the same millisecond
 * follows (and may answer) it; the order never depends on the order of the input.
 */
export function compareMessages(a: Pick<MessageInput, 'at' | 'from'>, b: Pick<MessageInput, 'at' | 'from'>): number {
  return a.at - b.at || SIDE_ORDER[a.from] - SIDE_ORDER[b.from];
}

/** `messages` in `compareMessages` order (the input itself when it already is: stored chunks are). */
function chronological(messages: readonly MessageInput[]): readonly MessageInput[] {
  for (let i = 1; i < messages.length; i++) {
    if (compareMessages(messages[i - 1]!, messages[i]!) > 0) return [...messages].sort(compareMessages);
  }
  return messages;
}

/**
 * R1–R4: the requests of one thread. `isAway(t)` says whether the Page was Away at `t` (R9).
 * Example: customer 08:00, page 08:04, customer next day 09:00 → two requests, the first replied at 08:04.
 */
export function analyseThread(thread: ThreadInput, isAway: (t: number) => boolean): RequestRecord[] {
  const records: RequestRecord[] = [];
  const inSpam = thread.folder === 'spam';
  const messenger = thread.channel === undefined || thread.channel === 'messenger';
  let previousAt: number | null = null;
  let open: RequestRecord | null = null;
  let openMessages: MessageInput[] = [];
  const ordered = chronological(thread.messages);
  for (const message of ordered) {
    if (message.automated) {
      if (R3_AUTOMATED_BREAKS_SILENCE) previousAt = message.at;
      continue;
    }
    if (message.from === 'customer') {
      if (previousAt === null || message.at - previousAt >= R1_SILENCE_MS) {
        const away = R9_AWAY_REQUESTS_EXCLUDED && isAway(message.at);
        open = {
          threadId: thread.id, seq: records.length, at: message.at, atMin: earliestAt(message), atMax: latestAt(message),
          firstReplyAt: null, firstReplyAtMin: null, firstReplyAtMax: null, firstReplyBy: null,
          lastCustomerAt: message.at, eligible: !away && !inSpam && messenger, done: thread.folder === 'done', latestTimeNotShown: false,
        };
        openMessages = [message];
        records.push(open);
      } else if (open) open.lastCustomerAt = message.at;
    } else if (open && open.firstReplyAt === null) {
      open.firstReplyAt = message.at;
      open.firstReplyAtMin = earliestAt(message);
      open.firstReplyAtMax = latestAt(message);
      open.firstReplyBy = message.author ?? null;
      openMessages.push(message);
    }
    previousAt = message.at;
  }
  const latest = ordered[ordered.length - 1];
  if (open && latest && openMessages.includes(latest)) open.latestTimeNotShown = timeNotShown(earliestAt(latest), latestAt(latest));
  return records;
}

/** R2: a person's page message in the exchange was sent by `now` (in time or late). */
export function repliedBy(record: RequestRecord, now: number): boolean {
  return record.firstReplyAt !== null && record.firstReplyAt <= now;
}

/** R2: answered by `now` — the first person's reply came by `now` and less than 24 h after the request. */
export function answeredBy(record: RequestRecord, now: number): boolean {
  return repliedBy(record, now) && record.firstReplyAt! - record.at < R2_ANSWER_LIMIT_MS;
}

/** R2: unanswered and less than 24 h old at `now`. */
export function pendingAt(record: RequestRecord, now: number): boolean {
  return now - record.at < R2_ANSWER_LIMIT_MS && !answeredBy(record, now);
}

/** R4: the request counts in the figures at `now` (it must also exist: `at` ≤ `now`). */
export function countsAt(record: RequestRecord, now: number): boolean {
  if (!record.eligible) return false;
  if (R4_DONE_WITHOUT_REPLY_EXCLUDED && record.done && !repliedBy(record, now)) return false;
  return true;
}

/** Total order of requests: by time, then thread id, then position, so ties never depend on input order. */
export function compareRequests(a: RequestRecord, b: RequestRecord): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.threadId !== b.threadId) return a.threadId < b.threadId ? -1 : 1;
  return a.seq - b.seq;
}
