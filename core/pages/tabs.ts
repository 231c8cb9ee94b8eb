/** The open inbox tabs, per Page (the URL's asset_id). */
import { browser } from 'wxt/browser';
import { INBOX_MATCHES, isConversationInbox, pageIdOf } from '@/core/inbox/inbox-url';

export interface InboxTab { tabId: number; pageId: string }

/** Every open conversation-inbox tab, optionally only those of one Page. */
export async function inboxTabs(pageId?: string): Promise<InboxTab[]> {
  const tabs = await browser.tabs.query({ url: INBOX_MATCHES });
  const found: InboxTab[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || !isConversationInbox(tab.url)) continue;
    const tabPage = pageIdOf(tab.url);
    if (tabPage && (pageId === undefined || tabPage === pageId)) found.push({ tabId: tab.id, pageId: tabPage });
  }
  return found;
}

/** The active tab of the focused window: whether it is a conversation inbox, and its Page when the URL names one. */
export async function activeTabPage(): Promise<{ tabId: number; inbox: boolean; pageId: string | null } | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id) return null;
  const inbox = !!tab.url && isConversationInbox(tab.url);
  return { tabId: tab.id, inbox, pageId: inbox ? pageIdOf(tab.url!) : null };
}

/** Brings an inbox tab of the Page to the front (a warning was clicked); false when none is open. */
export async function focusInboxTab(pageId: string): Promise<boolean> {
  const [tab] = await inboxTabs(pageId);
  if (!tab) return false;
  const updated = await browser.tabs.update(tab.tabId, { active: true });
  if (updated?.windowId !== undefined) await browser.windows.update(updated.windowId, { focused: true }).catch(() => undefined);
  return true;
}
