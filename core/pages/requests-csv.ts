/**
 * The CSV export: every request (R1) of every Page, answered or not, one line each — for a
 * spreadsheet or for checking our figures against Meta's. No message text, only instants.
 */
import { analyseThread, answeredBy, awayTest, countsAt, pendingAt, type ThreadInput } from '@/core/metrics';
import { loadAllSettings } from '@/core/settings';
import { readEverything } from '@/core/store/backup';
import { csvCell } from './csv-cell';

const HEADER = ['page_id', 'conversation', 'channel', 'folder', 'request_at', 'status', 'response_seconds'];

export async function requestsCsv(now: number): Promise<string> {
  const [everything, settings] = await Promise.all([readEverything(), loadAllSettings()]);
  const lines = [HEADER.join(',')];
  for (const page of everything.pages) {
    const pageSettings = settings.pages[page.pageId] ?? settings.default;
    const isAway = awayTest(everything.away.filter((a) => a.pageId === page.pageId), pageSettings.openingHours);
    for (const thread of everything.threads.filter((t) => t.pageId === page.pageId)) {
      const input: ThreadInput = {
        id: thread.threadKey, folder: thread.folder, channel: thread.channel,
        messages: everything.messages.filter((m) => m.pageId === page.pageId && m.threadKey === thread.threadKey).map((m) => ({ at: m.at, from: m.from, automated: m.automated })),
      };
      for (const request of analyseThread(input, isAway)) {
        if (request.at > now) continue;
        const status = !countsAt(request, now) ? 'excluded' : answeredBy(request, now) ? 'answered' : pendingAt(request, now) ? 'pending' : 'missed';
        const seconds = status === 'answered' ? Math.round((request.firstReplyAt! - request.at) / 1000) : null;
        lines.push([page.pageId, thread.title ?? thread.threadKey, thread.channel, thread.folder, new Date(request.at).toISOString(), status, seconds].map(csvCell).join(','));
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
