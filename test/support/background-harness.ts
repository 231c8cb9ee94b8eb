/**
 * The background under test: a fresh IndexedDB, a reset fake browser, no cached figures (as after
 * a worker start), and inbox tabs that record what was pushed to them.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPageFigures } from '@/core/pages/page-figures';
import { freshStore } from './fresh-store';

/** A message the background sent: to a tab (`tabId`), or to the extension's own pages (`tabId` null). */
export interface Pushed { tabId: number | null; type: string; payload: unknown }

export function inboxUrl(pageId: string, channel = 'messenger'): string {
  return `https://business.facebook.com/latest/inbox/${channel}?asset_id=${pageId}&mailbox_id=${pageId}`;
}

/** Resets everything and opens the given tabs; returns the log of messages sent to tabs. */
export async function startBackground(tabs: Array<{ id: number; url: string; active?: boolean }> = []): Promise<Pushed[]> {
  fakeBrowser.reset();
  forgetPageFigures();
  await freshStore();
  const pushed: Pushed[] = [];
  const browserTabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  browserTabs.query = vi.fn(async (query: { active?: boolean }) =>
    tabs.filter((t) => !query.active || t.active).map((t) => ({ id: t.id, url: t.url, active: !!t.active, index: 0, highlighted: false, incognito: false, pinned: false, windowId: 1 })));
  browserTabs.sendMessage = vi.fn(async (tabId: number, envelope: { type: string; payload: unknown }) => {
    pushed.push({ tabId, type: envelope.type, payload: envelope.payload });
    return { ok: true, value: null };
  });
  // No extension page is open: the browser rejects a message to the pages, as Chrome does.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (envelope: unknown) => {
    const { type, payload } = envelope as { type: string; payload: unknown };
    pushed.push({ tabId: null, type, payload });
    throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  return pushed;
}
