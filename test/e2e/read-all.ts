/**
 * The extension gives figures once it has read enough of a Page (R14); before that the popup and
 * the toolbar show a learning state. Tests that check figures first open every conversation once,
 * as a person would on a first run.
 */
import type { Page } from 'playwright-core';
import { waitFor } from './wait';

/** Opens each conversation of the demo inbox, waiting until its header shows it. */
export async function readEveryConversation(inbox: Page): Promise<void> {
  await readConversations(inbox, await inbox.evaluate(() => window.demoInbox.threads().map((t) => t.name)));
}

/** Opens the named conversations of the demo inbox in turn, each until its header shows it. */
export async function readConversations(inbox: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await inbox.evaluate((n) => window.demoInbox.open(n), name);
    await waitFor(`${name}'s transcript`, () => showsConversation(inbox, name));
    await inbox.waitForTimeout(300); // a person's pace: the extension reads a conversation by frames
  }
}

/** Whether the inbox shows `name`'s conversation: the transcript's header names it. */
export function showsConversation(inbox: Page, name: string): Promise<boolean> {
  return inbox.evaluate((n) => document.querySelector('[data-surface$="detail_view_header"]')?.textContent?.includes(n) ?? false, name);
}
