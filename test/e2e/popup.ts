/**
 * Reading the popup in tests. A popup asks again when the background says its Page changed; a
 * test that checks what a freshly opened popup shows reopens (reloads) it until the change shows.
 */
import type { Page } from 'playwright-core';
import type { FirefoxSession, FirefoxTab } from './firefox';
import { waitFor } from './wait';

/** Reloads `popup` until it has rendered a Page's overview (figures, or the learning state) and `ok(innerText)` holds; returns the text. */
export function popupShows(popup: Page, what: string, ok: (text: string) => boolean, { timeoutMs }: { timeoutMs?: number } = {}): Promise<string> {
  return waitFor(what, async (): Promise<string | null> => {
    await popup.reload();
    const text: string = await waitFor('the popup to render the overview', () =>
      popup.evaluate(() => (document.getElementById('waiting-heading') ? document.body.innerText : '')));
    return ok(text) ? text : null;
  }, { intervalMs: 1000, timeoutMs });
}

/** Reopens the popup over `inbox` until `ok` holds for its text (it shows what the background knew when it opened). */
export function firefoxPopupShows(browser: FirefoxSession, inbox: FirefoxTab, what: string, ok: (text: string) => boolean): Promise<string> {
  return waitFor(what, async () => {
    const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
    try {
      // The overview, with figures or still learning (R14): the waiting list is in both.
      const text = await waitFor('the popup to render the overview', async () => {
        const shown = await popup.evaluate(() => (document.getElementById('waiting-heading') ? document.body.innerText : ''));
        return shown;
      });
      return ok(text) ? text : null;
    } finally {
      await popup.close();
    }
  }, { intervalMs: 1000 });
}
