/** What the report page asks of the background. */
import { sendToBackground, type PageReport } from '@/core/messages';

export const fetchReport = (pageId: string | null): Promise<PageReport | null> => sendToBackground('reportToBackground:report', { pageId });
