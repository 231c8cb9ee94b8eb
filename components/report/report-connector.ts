/** What the report page asks of the background, and the CSV download. */
import { sendToBackground, type PageReport } from '@/core/messages';

export const fetchReport = (pageId: string | null): Promise<PageReport | null> => sendToBackground('reportToBackground:report', { pageId });

/** Saves `text` as a file through a Blob URL and an <a download>: no permission, no network. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
