import type { PageReport } from '@/core/messages';
import { formatDuration } from '../display-format';
import { useI18n } from '../i18n';
import { AgentTable } from './AgentTable';
import { HeatMap } from './HeatMap';
import { ReportFigures } from './ReportFigures';
import { RequestList } from './RequestList';

export interface ReportProps {
  report: PageReport;
  onDownloadCsv: () => void;
}

/** The report of one Page: figures over 30 and 90 days, the heat maps, the agents, the missed and late requests. */
export function Report({ report, onDownloadCsv }: ReportProps) {
  const { t, locale } = useI18n();
  const longest = report.periods.at(-1)?.days ?? 0;
  return (
    <main class="report">
      <h1>{t('report_heading_page', [report.pageName ?? report.pageId])}</h1>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('report_figures_heading')}</h2>
        {report.periods.map((period) => (
          <ReportFigures key={period.days} period={period} rateTarget={report.rateTarget} timeTargetSeconds={report.timeTargetSeconds} timeZone={report.timeZone} />
        ))}
      </section>
      <section aria-labelledby="heat-heading">
        <h2 id="heat-heading">{t('report_heat_heading')}</h2>
        <p class="help">{t('report_heat_desc', [String(longest), report.timeZone])}</p>
        <HeatMap id="heat-requests" caption={t('report_heat_requests')} cells={report.heat.requests} format={String} empty="0" />
        <HeatMap id="heat-time" caption={t('report_heat_time')} cells={report.heat.medianSeconds} format={(s) => formatDuration(s, locale)} empty={t('report_no_figure')} />
      </section>
      <AgentTable agents={report.agents} timeTargetSeconds={report.timeTargetSeconds} windowDays={report.windowDays} />
      <RequestList requests={report.requests} days={longest} timeZone={report.timeZone} onDownloadCsv={onDownloadCsv} />
    </main>
  );
}
