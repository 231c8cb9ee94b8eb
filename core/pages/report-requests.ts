/**
 * The report's list of missed and late requests, each with a link to its conversation, and the
 * same list as CSV.
 */
import { answeredBy, countsAt, pendingAt, SECOND_MS, type RequestRecord } from '@/core/metrics';
import type { ReportRequest } from '@/core/messages';
import { conversationUrl } from '@/core/inbox/inbox-url';
import { csvCell } from './csv-cell';

/** What the list needs of a thread: its ids, its name and the agent an assignment note names. */
export interface ReportThread { threadKey: string; threadId: string | null; title: string | null; assignedTo: string | null }

/** The requests (R4: those that count) from `since` to `now` that were missed or answered after the target, latest first. */
export function missedAndLate(records: readonly RequestRecord[], threads: ReadonlyMap<string, ReportThread>, pageId: string, since: number, now: number, timeTargetSeconds: number): ReportRequest[] {
  const list: ReportRequest[] = [];
  for (const record of records) {
    if (record.at <= since || record.at > now || !countsAt(record, now) || pendingAt(record, now)) continue;
    const thread = threads.get(record.threadId);
    const answered = answeredBy(record, now);
    const seconds = answered ? (record.firstReplyAt! - record.at) / SECOND_MS : null;
    if (seconds !== null && seconds <= timeTargetSeconds) continue;
    const threadId = thread?.threadId ?? null;
    list.push({
      threadId,
      title: thread?.title ?? null,
      at: record.at,
      status: answered ? 'late' : 'missed',
      responseSeconds: seconds,
      agent: answered ? record.firstReplyBy : thread?.assignedTo ?? null,
      url: threadId ? conversationUrl(pageId, threadId) : null,
    });
  }
  return list.sort((a, b) => b.at - a.at);
}

const HEADER = ['conversation', 'request_at', 'status', 'response_seconds', 'agent', 'link'];

/** The list as CSV (RFC 4180, CRLF), for a spreadsheet. */
export function missedAndLateCsv(list: readonly ReportRequest[]): string {
  const lines = list.map((r) => [r.title, new Date(r.at).toISOString(), r.status, r.responseSeconds === null ? null : Math.round(r.responseSeconds), r.agent, r.url].map(csvCell).join(','));
  return `${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
