/**
 * Everything the popup asks of the browser, the background and the inbox tab, in one place, so the
 * views stay pure and the controller reads as a list of steps.
 */
import { browser } from 'wxt/browser';
import { handleMessages, sendToBackground, sendToTab, type OpenConversation, type PageOverview } from '@/core/messages';
import type { InsertResult } from '@/core/inbox/composer';
import { isConversationInbox, pageIdOf } from '@/core/inbox/inbox-url';
import { reportUrl } from '@/core/report-url';
import type { ConversationRef } from '@/core/inbox/types';
import type { Template } from '@/core/templates';
import type { RequestStanding } from '@/core/metrics';

export interface ActiveInbox {
  tabId: number;
  pageId: string | null;
}

/** The active tab when it is a Business Suite conversation inbox, else null. */
export async function activeInbox(): Promise<ActiveInbox | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || !tab.url || !isConversationInbox(tab.url)) return null;
  return { tabId: tab.id, pageId: pageIdOf(tab.url) };
}

/** Calls `changed` with the Page each time the background worked its figures out again, until `signal` aborts. */
export function onPageChanged(changed: (pageId: string) => void, signal: AbortSignal): void {
  handleMessages({ 'backgroundToUi:pageChanged': ({ pageId }) => { changed(pageId); return null; } }, signal);
}

export const fetchOverview = (pageId: string | null): Promise<PageOverview | null> => sendToBackground('uiToBackground:overview', { pageId });
export const fetchTemplates = (): Promise<Template[]> => sendToBackground('uiToBackground:templates', null);
/** Switches Away for a Page; answers until when it is Away. */
export const setAway = async (pageId: string, away: boolean): Promise<number | null> => (await sendToBackground('uiToBackground:setAway', { pageId, away })).awayUntil;
export const reportTemplateUsed = (templateId: string): Promise<null> => sendToBackground('popupToBackground:templateUsed', { templateId });

/** The open conversation as the content script reads it (its latest customer message is used, never stored). */
export const fetchOpenConversation = (tabId: number): Promise<OpenConversation> => sendToTab(tabId, 'popupToContent:openConversation', null);

/** Whether the conversation open in the tab counts, and if not why; null when it has no thread id or is not stored. */
export async function fetchOpenStanding(tabId: number, pageId: string): Promise<RequestStanding | null> {
  const { threadId } = await fetchOpenConversation(tabId);
  return threadId === null ? null : (await sendToBackground('popupToBackground:standing', { pageId, threadId })).standing;
}

/** Inserts a suggestion into the tab's composer, refused when another conversation than its own is open. */
export async function insertIntoComposer(tabId: number, suggestion: { text: string; conversation: ConversationRef }): Promise<InsertResult> {
  return (await sendToTab(tabId, 'popupToContent:insertText', { text: suggestion.text, conversation: suggestion.conversation })).result;
}

export async function openThreadInTab(tabId: number, thread: { threadId: string | null; rowKey: string | null; title: string | null }): Promise<boolean> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return (await sendToTab(tabId, 'popupToContent:openThread', thread)).opened;
}

export async function fetchDiagnostics(tabId: number): Promise<string> {
  return (await sendToTab(tabId, 'popupToContent:diagnostics', null)).diagnostics;
}

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage();
  window.close();
}

/** The report page in a new tab, of `pageId` when given (else the Page seen last). */
export function openReportPage(pageId: string | null): void {
  void browser.tabs.create({ url: reportUrl(pageId) });
  window.close();
}
