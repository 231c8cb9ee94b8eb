/**
 * Answers the popup about the open conversation: its latest customer message (text used to rank
 * templates, never stored), inserting a template into the composer, opening a conversation by its
 * row, and diagnostics of the page's structure (no text).
 */
import { handleMessages, type OpenConversation } from '@/core/messages';
import { findComposer, insertForConversation } from '@/core/inbox/composer';
import { pageStructure } from '@/core/inbox/diagnostics';
import { pageIdOf, selectedThreadIdOf } from '@/core/inbox/inbox-url';
import { pageNameOf } from '@/core/inbox/page-scope';
import { headerTitleOf } from '@/core/inbox/read';
import { findThreadList, readRow, rowElementsOf } from '@/core/inbox/read-list';
import { latestCustomerText } from '@/core/inbox/latest-customer-text';
import { ROW_CLICK_TARGET } from '@/core/inbox/selectors';
import { rowKeyOf } from '@/core/inbox/thread-key';
import type { ReaderHealth } from '@/core/inbox/types';
import { readContext } from './session';

function openConversation(): OpenConversation {
  return {
    threadId: selectedThreadIdOf(location.href),
    title: headerTitleOf(document).title,
    latestCustomerMessage: latestCustomerText(document, { ...readContext(), view: window }),
    pageName: pageNameOf(document, pageIdOf(location.href)),
    agentName: null,
    composerFound: findComposer(document) !== null,
  };
}

function openThread(rowKey: string | null, title: string | null, threadId: string | null): boolean {
  if (threadId && selectedThreadIdOf(location.href) === threadId) return true;
  const wanted = rowKey ?? (title ? rowKeyOf(title) : null);
  const list = findThreadList(document);
  if (wanted && list) {
    const ctx = { ...readContext(), view: window };
    for (const el of rowElementsOf(list)) {
      if (readRow(el, list, ctx)?.row.key !== wanted) continue;
      ((el.closest(ROW_CLICK_TARGET) ?? el) as HTMLElement).click();
      return true;
    }
  }
  if (!threadId) return false;
  const url = new URL(location.href);
  url.searchParams.set('selected_item_id', threadId);
  location.assign(url.toString());
  return true;
}

export function answerPopup(signal: AbortSignal, lastHealth: () => ReaderHealth | null): void {
  handleMessages({
    'popupToContent:openConversation': () => openConversation(),
    'popupToContent:insertText': async ({ text, conversation }) => ({ result: await insertForConversation(document, location.href, text, conversation) }),
    'popupToContent:openThread': ({ rowKey, title, threadId }) => ({ opened: openThread(rowKey, title, threadId) }),
    'popupToContent:diagnostics': () => ({ diagnostics: `${pageStructure(document)}\nhealth ${JSON.stringify(lastHealth())}` }),
  }, signal);
}
