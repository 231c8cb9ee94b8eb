import type { PageOverview, ThreadToOpen } from '@/core/messages';
import type { RequestStanding } from '@/core/metrics';
import { useI18n } from '../i18n';
import { AwayToggle } from './AwayToggle';
import { BadgeStatus } from './BadgeStatus';
import { DeliveryNotice, hasDeliveryTrouble } from './DeliveryNotice';
import { Coverage } from './Coverage';
import { HealthNotice, isUnhealthy, type CopyState } from './HealthNotice';
import { HistoryChart } from './HistoryChart';
import { Learning } from './Learning';
import { NotInbox } from './NotInbox';
import { NotYetRead } from './NotYetRead';
import { OpenConversationStanding } from './OpenConversationStanding';
import { RangedTimes } from './RangedTimes';
import { TemplateSuggestions, type Suggestion, type SuggestionsState, type UseOutcome } from './TemplateSuggestions';
import { WaitingList } from './WaitingList';

/** What the popup knows about the active tab. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'not-inbox' }
  /** An inbox, but the background has nothing stored for its Page yet. */
  | { kind: 'no-data' }
  /** An inbox whose URL names no Page: no figures (they could be another Page's); its name when the page shows it. */
  | { kind: 'unknown-page'; pageName: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'overview'; overview: PageOverview };

export interface PopupProps {
  view: PopupView;
  /** The popup's clock (ticks while open), so waited times stay current. */
  now: number;
  suggestions: SuggestionsState;
  useOutcome: UseOutcome;
  diagnosticsCopy: CopyState;
  onOpenThread: (thread: ThreadToOpen) => void;
  /** The conversation the last click could not open (the inbox list does not hold it), if any. */
  openFailure?: ThreadToOpen | null;
  onUseTemplate: (suggestion: Suggestion) => void;
  onCopyDiagnostics: () => void;
  onRetry: () => void;
  onOpenOptions: () => void;
  /** Whether the conversation open in the inbox counts, and if not why (null or absent: not known). */
  openStanding?: RequestStanding | null;
  /** Switches Away for the Page in the active tab; rejects with the reason. */
  onSwitchAway: (away: boolean) => Promise<void>;
  /** Opens the report page (of the popup's Page, when it has one). */
  onOpenReport?: () => void;
}

/** The toolbar popup: one view per state of the active tab, the overview for an inbox with data. */
export function Popup(props: PopupProps) {
  const { t } = useI18n();
  const { view } = props;
  const pageName = view.kind === 'overview' || view.kind === 'unknown-page' ? pageNameOf(view) : null;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        {pageName && <p class="page-name">{pageName}</p>}
        <button type="button" class="link-button" onClick={props.onOpenOptions}>{t('popup_open_options')}</button>
        {/* In the header: the switch costs the 600 px popup no row of its own. */}
        {view.kind === 'overview' && <AwayToggle awayUntil={view.overview.awayUntil} now={props.now} onSwitch={props.onSwitchAway} />}
        {props.onOpenReport && <button type="button" class="link-button" onClick={props.onOpenReport}>{t('popup_report_link')}</button>}
      </header>
      {view.kind === 'loading' && <p role="status">{t('popup_loading')}</p>}
      {view.kind === 'not-inbox' && <NotInbox />}
      {view.kind === 'no-data' && <p class="empty">{t('popup_no_data')}</p>}
      {view.kind === 'unknown-page' && (
        <section class="unknown-page" role="status">
          <h2>{t('popup_page_unknown_heading')}</h2>
          <p>{t('popup_page_unknown_body')}</p>
        </section>
      )}
      {view.kind === 'error' && (
        <section class="error" role="alert">
          <p>{t('popup_error', [view.message])}</p>
          <button type="button" onClick={props.onRetry}>{t('popup_retry')}</button>
        </section>
      )}
      {view.kind === 'overview' && <Overview {...props} overview={view.overview} />}
    </main>
  );
}

function pageNameOf(view: Extract<PopupView, { kind: 'overview' | 'unknown-page' }>): string | null {
  return view.kind === 'overview' ? view.overview.pageName : view.pageName;
}

/**
 * A toolbar popup is at most 600 px tall: the verdict and figures come first, then as many waiting
 * rows as leave the suggestions for the open conversation in sight; the chart is folded below.
 */
const WAITING_ROWS = 5;
const WAITING_ROWS_WITH_SUGGESTIONS = 2;

function Overview({ overview, now, suggestions, useOutcome, diagnosticsCopy, onOpenThread, openFailure, onUseTemplate, onCopyDiagnostics, openStanding = null }: PopupProps & { overview: PageOverview }) {
  const { t } = useI18n();
  const { stats, settings, coverage } = overview;
  const verdict = coverage.state === 'complete' || coverage.state === 'incomplete';
  const suggesting = suggestions.kind === 'ready' && suggestions.suggestions.length > 0;
  // Lists to open unfold only when nobody waits and nothing is suggested: the popup is 600 px at most.
  const roomForLists = !suggesting && overview.waitingCount === 0;
  return (
    <>
      {hasDeliveryTrouble(overview.delivery) && <DeliveryNotice delivery={overview.delivery} />}
      {overview.health && isUnhealthy(overview.health) && <HealthNotice health={overview.health} copy={diagnosticsCopy} onCopyDiagnostics={onCopyDiagnostics} />}
      {coverage.state === 'learning' && <Learning coverage={coverage} />}
      {coverage.state === 'empty' && <p class="empty nothing-to-count">{t('popup_nothing_to_count')}</p>}
      {verdict && (
        <BadgeStatus stats={stats} settings={settings} now={now} awayUntil={overview.awayUntil}>
          {stats.badgeStatus === 'uncertain' && <RangedTimes ranged={overview.rangedReplies} windowDays={settings.windowDays} onOpen={onOpenThread} open={roomForLists} />}
        </BadgeStatus>
      )}
      {verdict && <Coverage coverage={coverage} stats={stats} windowDays={settings.windowDays} now={overview.now} />}
      {openFailure && <p class="open-failed" role="alert">{t('popup_open_failed', [openFailure.title ?? t('popup_unnamed_conversation')])}</p>}
      <NotYetRead conversations={coverage.notYetRead} total={coverage.notYetReadCount} onOpen={onOpenThread} open={roomForLists} />
      <WaitingList waiting={overview.waiting} total={overview.waitingCount} now={now} limit={suggesting ? WAITING_ROWS_WITH_SUGGESTIONS : WAITING_ROWS} onOpen={onOpenThread} />
      <OpenConversationStanding standing={openStanding} />
      {/* While learning, "open a conversation" is already what the popup asks: no second paragraph saying it. */}
      {!(coverage.state === 'learning' && suggestions.kind === 'no-conversation') && <TemplateSuggestions state={suggestions} outcome={useOutcome} onUse={onUseTemplate} />}
      {/* While learning there is no verdict, and days drawn from the few conversations read would read as one. */}
      {coverage.state !== 'learning' && <HistoryChart history={overview.history} rateTarget={settings.rateTarget} timeTargetSeconds={settings.timeTargetSeconds} />}
    </>
  );
}
