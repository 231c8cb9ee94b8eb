import type { AgentFigures } from '@/core/metrics';
import { formatDuration } from '../display-format';
import { useI18n } from '../i18n';
import { useTimeText } from './ReportFigures';

export interface AgentTableProps {
  agents: readonly AgentFigures[];
  timeTargetSeconds: number;
  windowDays: number;
}

/** The per-agent table as the engine computes it; a line instead when the inbox names no agent. */
export function AgentTable({ agents, timeTargetSeconds, windowDays }: AgentTableProps) {
  const { t, locale } = useI18n();
  const timeText = useTimeText();
  return (
    <section aria-labelledby="agents-heading">
      <h2 id="agents-heading">{t('report_agents_heading')}</h2>
      {agents.length === 0 ? (
        <p class="empty">{t('report_agents_none')}</p>
      ) : (
        <>
          <p class="help">{t('report_agents_window', [String(windowDays)])}</p>
          <table class="agents">
            <thead>
              <tr>
                <th scope="col">{t('report_agent')}</th>
                <th scope="col">{t('report_answered')}</th>
                <th scope="col">{t('popup_time_label')}</th>
                <th scope="col">{t('report_median')}</th>
                <th scope="col">{t('report_within_target', [formatDuration(timeTargetSeconds, locale)])}</th>
                <th scope="col">{t('report_missed')}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.agent ?? ''}>
                  <th scope="row">{a.agent ?? t('report_agent_nobody')}</th>
                  <td>{a.answered}</td>
                  <td>{timeText(a.responseTimeSeconds, null)}</td>
                  <td>{timeText(a.medianSeconds, null)}</td>
                  <td>{a.withinTarget}</td>
                  <td>{a.missed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
