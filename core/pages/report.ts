/**
 * The report page's data for one Page: the figures over 30 and 90 days and day by day, when the
 * requests come and when we are slow (heat map), the agents' figures under the team's names, and
 * the missed and late requests with links to their conversations.
 */
import { agentFigures, analyseThread, awayTest, DAY_MS, HOUR_MS, MetricModel, withAgentNames, type AgentNames, type AwayPeriod, type ThreadInput } from '@/core/metrics';
import type { PageReport, ReportDay, ReportPeriod } from '@/core/messages';
import { loadAgentNames } from '@/core/agent-names';
import { loadSettings, type Settings } from '@/core/settings';
import { listAway } from '@/core/store/away';
import { getPage, latestPage, loadPage } from '@/core/store/pages';
import { localDayStart, localTimeZone } from '@/core/time-zone';
import { threadInput } from './page-figures';
import { heatMapOf } from './report-heat';
import { missedAndLate, type ReportThread } from './report-requests';

/** The periods the report shows, shortest first; the longest also bounds the heat map and the list. */
const LONGEST_DAYS = 90;
export const REPORT_PERIOD_DAYS = [30, LONGEST_DAYS] as const;

export interface ReportInput {
  pageId: string;
  pageName: string | null;
  threads: ReadonlyArray<ThreadInput & ReportThread>;
  away: readonly AwayPeriod[];
  settings: Settings;
  names: AgentNames;
  timeZone: string;
}

/** The report at `now`: pure, so a unit test reaches it without a browser. */
export function pageReportOf(input: ReportInput, now: number): PageReport {
  const { settings, timeZone } = input;
  const threads = withAgentNames(input.threads, input.names);
  const model = new MetricModel({ threads, away: input.away }, settings);
  const isAway = awayTest(input.away, settings.openingHours);
  const records = threads.flatMap((thread) => analyseThread(thread, isAway));
  const since = now - LONGEST_DAYS * DAY_MS;
  const daily = dailyFigures(model, now, timeZone);
  // The list names the assigned agent as the team does, like the agents' table.
  const meta = new Map<string, ReportThread>(input.threads.map(({ threadKey, threadId, title }, i) => [threadKey, { threadKey, threadId, title, assignedTo: threads[i]!.assignedTo ?? null }]));
  return {
    pageId: input.pageId,
    pageName: input.pageName,
    now,
    timeZone,
    rateTarget: settings.rateTarget,
    timeTargetSeconds: settings.timeTargetSeconds,
    windowDays: settings.windowDays,
    periods: REPORT_PERIOD_DAYS.map((days) => periodOf(threads, input.away, settings, days, daily.slice(-days), now)),
    heat: heatMapOf(records, since, now, timeZone),
    agents: agentFigures({ threads, away: input.away }, settings, now),
    requests: missedAndLate(records, meta, input.pageId, since, now, settings.timeTargetSeconds),
  };
}

function periodOf(threads: readonly ThreadInput[], away: readonly AwayPeriod[], settings: Settings, days: number, daily: ReportDay[], now: number): ReportPeriod {
  const figures = new MetricModel({ threads, away }, { ...settings, windowDays: days }).summary(now);
  const { requests, answered, responseRate, responseTimeSeconds, responseTimeRange } = figures;
  return { days, requests, answered, responseRate, responseTimeSeconds, responseTimeRange, daily };
}

/** The Page's figures (its own window) at the end of each of the last days, today last, as the popup's chart counts them. */
function dailyFigures(model: MetricModel, now: number, timeZone: string): ReportDay[] {
  const today = localDayStart(now, timeZone);
  const starts: number[] = [];
  for (let i = LONGEST_DAYS - 1; i >= 1; i--) starts.push(localDayStart(today - i * DAY_MS + 12 * HOUR_MS, timeZone));
  starts.push(today);
  return starts.map((day, i) => {
    const end = i === starts.length - 1 ? now : starts[i + 1]! - 1;
    const { responseRate, responseTimeSeconds, responseTimeRange, badgeStatus } = model.summary(end);
    const uncertain = badgeStatus === 'uncertain' || (responseTimeRange !== null && responseTimeRange[0] !== responseTimeRange[1]);
    return { day, responseRate, responseTimeSeconds, responseTimeRange, uncertain };
  });
}

/** `reportToBackground:report`: the Page asked for, else the one seen last; null when none is stored yet. */
export async function loadPageReport(requested: string | null, now: number): Promise<PageReport | null> {
  const pageId = requested ?? (await latestPage())?.pageId ?? null;
  if (pageId === null) return null;
  const [page, settings, { threads: stored }, away, names] = await Promise.all([getPage(pageId), loadSettings(pageId), loadPage(pageId), listAway(pageId), loadAgentNames(pageId)]);
  const threads = stored.map((s) => ({ ...threadInput(s), threadKey: s.thread.threadKey, threadId: s.thread.threadId, title: s.thread.title, assignedTo: s.thread.assignedTo ?? null }));
  const timeZone = settings.openingHours?.timeZone ?? localTimeZone(now);
  return pageReportOf({ pageId, pageName: page?.pageName ?? null, threads, away, settings, names, timeZone }, now);
}
