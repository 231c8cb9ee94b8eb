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
import { findThreadList } from '@/core/inbox/read-list';
import { latestCustomerText } from '@/core/inbox/latest-customer-text';
import { clickRow, scrollToRow } from '@/core/inbox/scroll-to-row';
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

/** Opens the conversation by its row, scrolling the list to it when it is not drawn; false when the list does not hold it. */
async function openThread(rowKey: string | null, title: string | null, threadId: string | null, signal: AbortSignal): Promise<boolean> {
  if (threadId && selectedThreadIdOf(location.href) === threadId) return true;
  const wanted = rowKey ?? (title ? rowKeyOf(title) : null);
  const list = findThreadList(document);
  if (!wanted || !list) return false;
  const row = await scrollToRow(list, wanted, { ...readContext(), view: window }, signal);
  if (!row) return false;
  clickRow(row);
  return true;
}

export function answerPopup(signal: AbortSignal, lastHealth: () => ReaderHealth | null): void {
  handleMessages({
    'popupToContent:openConversation': () => openConversation(),
    'popupToContent:insertText': async ({ text, conversation }) => ({ result: await insertForConversation(document, location.href, text, conversation) }),
    'popupToContent:openThread': async ({ rowKey, title, threadId }) => ({ opened: await openThread(rowKey, title, threadId, signal) }),
    'popupToContent:diagnostics': () => ({ diagnostics: `${pageStructure(document)}\nhealth ${JSON.stringify(lastHealth())}` }),
  }, signal);
}
