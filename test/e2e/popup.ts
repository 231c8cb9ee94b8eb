/**
 * Reading the popup in tests. The popup shows what the background knew when it opened, so a
 * test that waits for a change reopens (reloads) it until the change shows.
 */
import type { Page } from 'playwright-core';
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
