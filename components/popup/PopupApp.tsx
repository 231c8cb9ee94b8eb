import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageOverview, ThreadToOpen } from '@/core/messages';
import type { RequestStanding } from '@/core/metrics';
import { Popup, type PopupView } from '@/components/popup/Popup';
import type { CopyState } from '@/components/popup/HealthNotice';
import type { Suggestion, SuggestionsState, UseOutcome } from '@/components/popup/TemplateSuggestions';
import { suggestionsFor } from '@/components/popup/suggestions';
import * as connector from './popup-connector';

/** Waited times advance while the popup is open; figures are asked for again now and then. */
const TICK_MS = 15_000;
const REFRESH_MS = 60_000;
/** The background says when the Page changed; during a burst the popup asks again at most this often. */
const CHANGE_RELOAD_MS = 1_000;

/** What one load found: the active inbox tab (when it is one) and what to show for it. */
export interface Loaded { inbox: connector.ActiveInbox | null; view: PopupView; overview: PageOverview | null }

/** Asks the browser for the active tab, then the background for its Page's overview. */
export async function fetchLoaded(): Promise<Loaded> {
  let inbox: connector.ActiveInbox | null = null;
  try {
    inbox = await connector.activeInbox();
    if (!inbox) return { inbox, view: { kind: 'not-inbox' }, overview: null };
    if (inbox.pageId === null) return { inbox, view: { kind: 'unknown-page', pageName: await shownPageName(inbox.tabId) }, overview: null };
    const overview = await connector.fetchOverview(inbox.pageId);
    return { inbox, view: overview ? { kind: 'overview', overview } : { kind: 'no-data' }, overview };
  } catch (error) {
    return { inbox, view: { kind: 'error', message: error instanceof Error ? error.message : String(error) }, overview: null };
  }
}

/** The Page name the inbox tab shows, or null (also when its content script does not answer). */
async function shownPageName(tabId: number): Promise<string | null> {
  return (await connector.fetchOpenConversation(tabId).catch(() => null))?.pageName ?? null;
}

/**
 * The popup's state and side effects; the views get plain data and callbacks. `firstLoad`: the
 * first load, started before the first render (main.tsx) instead of in an effect a frame later.
 */
export function PopupApp({ firstLoad }: { firstLoad?: Promise<Loaded> }) {
  const [inbox, setInbox] = useState<connector.ActiveInbox | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [now, setNow] = useState(Date.now());
  const [suggestions, setSuggestions] = useState<SuggestionsState>({ kind: 'loading' });
  const [useOutcome, setUseOutcome] = useState<UseOutcome>(null);
  const [diagnosticsCopy, setDiagnosticsCopy] = useState<CopyState>('idle');
  const [openFailure, setOpenFailure] = useState<ThreadToOpen | null>(null);
  const [openStanding, setOpenStanding] = useState<RequestStanding | null>(null);

  const show = useCallback(async (loading: Promise<Loaded>) => {
    const loaded = await loading;
    setInbox(loaded.inbox);
    setView(loaded.view);
    setNow(Date.now());
    if (loaded.inbox && loaded.overview) void loadSuggestions(loaded.inbox.tabId, loaded.overview.pageName).then(setSuggestions);
    // Only a line about the open conversation: when it cannot be known, the popup shows none.
    if (loaded.inbox && loaded.overview) void connector.fetchOpenStanding(loaded.inbox.tabId, loaded.overview.pageId).catch(() => null).then(setOpenStanding);
  }, []);
  const load = useCallback(() => show(fetchLoaded()), [show]);
  const shownPage = useRef<string | null>(null);
  shownPage.current = inbox?.pageId ?? null;

  useEffect(() => {
    void show(firstLoad ?? fetchLoaded());
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    const refresh = setInterval(() => void load(), REFRESH_MS);
    // A conversation just opened, or a customer writing while the popup is open, shows without reopening it.
    const stop = new AbortController();
    const reloadSoon = throttled(() => void load(), CHANGE_RELOAD_MS);
    connector.onPageChanged((pageId) => { if (pageId === shownPage.current) reloadSoon(); }, stop.signal);
    return () => {
      clearInterval(tick);
      clearInterval(refresh);
      stop.abort();
      reloadSoon.cancel();
    };
  }, [load]);

  const onUseTemplate = async (suggestion: Suggestion) => {
    if (!inbox || suggestions.kind !== 'ready') return;
    const insert = suggestions.composerFound ? await connector.insertIntoComposer(inbox.tabId, suggestion).catch(() => 'failed' as const) : 'failed';
    // Not copied either: the text names another customer than the one now open.
    if (insert === 'other-conversation') return setUseOutcome({ templateId: suggestion.templateId, result: insert });
    const inserted = insert === 'inserted';
    const copied = !inserted && (await connector.copyToClipboard(suggestion.text));
    setUseOutcome({ templateId: suggestion.templateId, result: inserted ? 'inserted' : copied ? 'copied' : 'failed' });
    if (inserted || copied) await connector.reportTemplateUsed(suggestion.templateId).catch(() => null);
  };

  const onOpenThread = async (thread: ThreadToOpen) => {
    if (!inbox) return;
    const opened = await connector.openThreadInTab(inbox.tabId, thread).catch(() => false);
    if (opened) window.close();
    else setOpenFailure(thread);
  };

  const onCopyDiagnostics = async () => {
    if (!inbox) return;
    const text = await connector.fetchDiagnostics(inbox.tabId).catch(() => null);
    setDiagnosticsCopy(text !== null && (await connector.copyToClipboard(text)) ? 'copied' : 'failed');
  };

  const onSwitchAway = async (away: boolean) => {
    if (!inbox?.pageId) return;
    await connector.setAway(inbox.pageId, away);
    await load();
  };

  return (
    <Popup
      view={view}
      now={now}
      suggestions={suggestions}
      useOutcome={useOutcome}
      diagnosticsCopy={diagnosticsCopy}
      onOpenThread={(t) => void onOpenThread(t)}
      openFailure={openFailure}
      onUseTemplate={(s) => void onUseTemplate(s)}
      onCopyDiagnostics={() => void onCopyDiagnostics()}
      onRetry={() => void load()}
      onOpenOptions={connector.openOptionsPage}
      openStanding={openStanding}
      onSwitchAway={onSwitchAway}
      onOpenReport={() => connector.openReportPage(view.kind === 'overview' ? view.overview.pageId : null)}
    />
  );
}

/** Asks the inbox tab for the open conversation, then ranks and renders the templates for it. */
async function loadSuggestions(tabId: number, pageName: string | null): Promise<SuggestionsState> {
  try {
    const [conversation, templates] = await Promise.all([connector.fetchOpenConversation(tabId), connector.fetchTemplates()]);
    return suggestionsFor(conversation, templates, pageName);
  } catch {
    // The content script may not be there yet (tab loaded before the extension): no suggestions, nothing breaks.
    return { kind: 'no-conversation' };
  }
}

/** Runs `run` now if it has not run in the last `ms`, else once when they are over (never twice within `ms`). */
function throttled(run: () => void, ms: number): (() => void) & { cancel(): void } {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => { timer = null; last = Date.now(); run(); };
  const call = () => {
    if (timer) return;
    const wait = last + ms - Date.now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  };
  return Object.assign(call, { cancel: () => { if (timer) clearTimeout(timer); timer = null; } });
}
