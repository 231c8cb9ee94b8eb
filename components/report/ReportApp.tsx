import { useEffect, useState } from 'preact/hooks';
import { Report } from '@/components/report/Report';
import { useI18n } from '@/components/i18n';
import type { PageReport } from '@/core/messages';
import { missedAndLateCsv } from '@/core/pages/report-requests';
import { downloadFile } from '@/components/file-download';
import { fetchReport } from './report-connector';

/** Loads the report of the Page in the URL (`?page=`), else of the Page seen last. */
export function ReportApp({ pageId }: { pageId: string | null }) {
  const { t } = useI18n();
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchReport(pageId).then(setReport, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [pageId]);

  if (error) return <main class="report"><h1>{t('report_title')}</h1><p role="alert">{t('report_error', [error])}</p></main>;
  if (report === undefined) return <main class="report"><h1>{t('report_title')}</h1><p role="status">{t('popup_loading')}</p></main>;
  if (report === null) return <main class="report"><h1>{t('report_title')}</h1><p>{t('report_no_page')}</p></main>;
  const downloadCsv = () => downloadFile(`replyclock-late-${report.pageId}.csv`, [missedAndLateCsv(report.requests)], 'text/csv');
  return <Report report={report} onDownloadCsv={downloadCsv} />;
}
