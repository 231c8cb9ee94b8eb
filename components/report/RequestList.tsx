import type { ReportRequest } from '@/core/messages';
import { formatDuration } from '../display-format';
import { useI18n } from '../i18n';

export interface RequestListProps {
  requests: readonly ReportRequest[];
  days: number;
  timeZone: string;
  onDownloadCsv: () => void;
}

/** The missed and late requests, latest first, each linking to its conversation in the inbox. */
export function RequestList({ requests, days, timeZone, onDownloadCsv }: RequestListProps) {
  const { t, locale } = useI18n();
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">{t('report_requests_heading')}</h2>
      {requests.length === 0 ? (
        <p class="empty">{t('report_requests_none', [String(days)])}</p>
      ) : (
        <>
          <button type="button" onClick={onDownloadCsv}>{t('report_csv')}</button>
          <table class="requests">
            <thead>
              <tr>
                <th scope="col">{t('report_conversation')}</th>
                <th scope="col">{t('report_received')}</th>
                <th scope="col">{t('report_status')}</th>
                <th scope="col">{t('report_agent')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => {
                const name = r.title ?? t('report_unnamed');
                return (
                  <tr key={`${r.threadId}-${r.at}`} class={r.status}>
                    <th scope="row">
                      {r.url ? <a href={r.url} target="_blank" rel="noopener noreferrer" aria-label={t('report_open_conversation', [name])}>{name}</a> : name}
                    </th>
                    <td>{when.format(r.at)}</td>
                    <td>{r.status === 'missed' ? t('report_missed') : t('report_late', [formatDuration(r.responseSeconds ?? 0, locale)])}</td>
                    <td>{r.agent ?? t('report_agent_nobody')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
