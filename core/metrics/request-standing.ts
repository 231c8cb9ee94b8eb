/**
 * Why a conversation counts, or not: whether the thread's latest customer message opened a
 * request that counts in the figures (R1–R4, R9) and, if not, why. People ask exactly this
 * ("why did my rate drop?"), so each reason names one rule.
 */
import { compareMessages, countsAt, type RequestRecord } from './requests';
import type { ThreadInput } from './types';

export type RequestStanding =
  /** It opened a request that counts (R1, R4). */
  | 'counts'
  /** R1: it came within 24 hours of the Page's own message, so it opened no request. */
  | 'after-page-message'
  /** R1: it came within 24 hours of the customer's previous message: a follow-up inside an open request. */
  | 'follow-up'
  /** R4: the thread is in Spam. */
  | 'spam'
  /** R4: the thread is in Done and no person replied. */
  | 'done-without-reply'
  /** R4/R9: it arrived while the Page was Away or outside its opening hours. */
  | 'away'
  /** Only Messenger conversations count toward the badge. */
  | 'other-channel';

/**
 * The standing of the thread's latest customer message at `now`, from the thread's requests as
 * `analyseThread` gave them (Away already applied); null when the customer wrote nothing by `now`.
 * Example: customer 08:00, page 08:04, customer 09:00 → "after-page-message".
 */
export function latestRequestStanding(thread: ThreadInput, records: readonly RequestRecord[], now: number): RequestStanding | null {
  const sent = thread.messages.filter((m) => !m.automated && m.at <= now).sort(compareMessages);
  let latest = -1;
  for (let i = sent.length - 1; i >= 0 && latest < 0; i--) if (sent[i]!.from === 'customer') latest = i;
  if (latest < 0) return null;
  if (thread.folder === 'spam') return 'spam';
  if (thread.channel !== undefined && thread.channel !== 'messenger') return 'other-channel';
  const message = sent[latest]!;
  const record = records.find((r) => r.at === message.at);
  if (!record) return sent[latest - 1]?.from === 'page' ? 'after-page-message' : 'follow-up';
  if (countsAt(record, now)) return 'counts';
  return record.done && record.eligible ? 'done-without-reply' : 'away';
}
