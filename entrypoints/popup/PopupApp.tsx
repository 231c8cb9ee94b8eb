import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WaitingThread } from '@/core/messages';
import { Popup, type PopupView } from '@/components/popup/Popup';
import type { CopyState } from '@/components/popup/HealthNotice';
import type { Suggestion, SuggestionsState, UseOutcome } from '@/components/popup/TemplateSuggestions';
import { suggestionsFor } from '@/components/popup/suggestions';
import * as connector from './popup-connector';

/** Waited times advance while the popup is open; figures are asked for again now and then. */
const TICK_MS = 15_000;
const REFRESH_MS = 60_000;

/** The popup's state and side effects; the views get plain data and callbacks. */
export function PopupApp() {
  const [inbox, setInbox] = useState<connector.ActiveInbox | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [now, setNow] = useState(Date.now());
  const [suggestions, setSuggestions] = useState<SuggestionsState>({ kind: 'loading' });
  const [useOutcome, setUseOutcome] = useState<UseOutcome>(null);
  const [diagnosticsCopy, setDiagnosticsCopy] = useState<CopyState>('idle');

  const load = useCallback(async () => {
    try {
      const active = await connector.activeInbox();
      setInbox(active);
      if (!active) return setView({ kind: 'not-inbox' });
      const overview = await connector.fetchOverview(active.pageId);
      setView(overview ? { kind: 'overview', overview } : { kind: 'no-data' });
      setNow(Date.now());
      if (overview) void loadSuggestions(active.tabId, overview.pageName).then(setSuggestions);
    } catch (error) {
      setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void load();
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    const refresh = setInterval(() => void load(), REFRESH_MS);
    return () => {
      clearInterval(tick);
      clearInterval(refresh);
    };
  }, [load]);

  const onUseTemplate = async (suggestion: Suggestion) => {
    if (!inbox || suggestions.kind !== 'ready') return;
    const inserted = suggestions.composerFound && (await connector.insertIntoComposer(inbox.tabId, suggestion.text).catch(() => false));
    const copied = !inserted && (await connector.copyToClipboard(suggestion.text));
    setUseOutcome({ templateId: suggestion.templateId, result: inserted ? 'inserted' : copied ? 'copied' : 'failed' });
    if (inserted || copied) await connector.reportTemplateUsed(suggestion.templateId).catch(() => null);
  };

  const onOpenThread = async (thread: WaitingThread) => {
    if (!inbox) return;
    const opened = await connector.openThreadInTab(inbox.tabId, thread).catch(() => false);
    if (opened) window.close();
  };

  const onCopyDiagnostics = async () => {
    if (!inbox) return;
    const text = await connector.fetchDiagnostics(inbox.tabId).catch(() => null);
    setDiagnosticsCopy(text !== null && (await connector.copyToClipboard(text)) ? 'copied' : 'failed');
  };

  return (
    <Popup
      view={view}
      now={now}
      suggestions={suggestions}
      useOutcome={useOutcome}
      diagnosticsCopy={diagnosticsCopy}
      onOpenThread={(t) => void onOpenThread(t)}
      onUseTemplate={(s) => void onUseTemplate(s)}
      onCopyDiagnostics={() => void onCopyDiagnostics()}
      onRetry={() => void load()}
      onOpenOptions={connector.openOptionsPage}
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
