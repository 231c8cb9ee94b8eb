// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://business.facebook.com/latest/inbox/all?asset_id=111"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import inboxScript from '@/entrypoints/inbox.content/index';

/** Asks the content script what the popup asks it; null when nothing answers any more. */
async function popupAsksForDiagnostics(): Promise<unknown> {
  const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'popupToContent:diagnostics', payload: null }, popup);
  return replies.find((r: unknown) => r !== undefined) ?? null;
}

/** Starts the content script as WXT does, with the background never answering. */
function startScript(): ContentScriptContext {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
  const ctx = new ContentScriptContext('inbox');
  inboxScript.main(ctx);
  return ctx;
}

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
});

describe('the inbox content script keeps running whatever the page sends', () => {
  it('still answers the popup after the page dispatches and posts WXT\'s "newer content script started" event', async () => {
    // The page learns the event's name: WXT posts it to the window when the script starts.
    const posted: string[] = [];
    window.addEventListener('message', (event) => posted.push(String((event.data as { type?: unknown }).type)));
    startScript();
    await new Promise((r) => setTimeout(r, 0));
    const type = posted.find((name) => name.endsWith('wxt:content-script-started'))!;
    expect(type).toBeDefined();
    expect(await popupAsksForDiagnostics()).toMatchObject({ ok: true });

    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'inbox', messageId: 'the-page' } }));
    window.postMessage({ type, contentScriptName: 'inbox', messageId: 'the-page' }, '*');
    await new Promise((r) => setTimeout(r, 0));

    expect(await popupAsksForDiagnostics()).toMatchObject({ ok: true });
  });

  it('stops once the extension context is gone (the extension was reloaded or removed)', async () => {
    vi.useFakeTimers();
    startScript();
    expect(await popupAsksForDiagnostics()).toMatchObject({ ok: true });

    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    await vi.advanceTimersByTimeAsync(5000);

    expect(await popupAsksForDiagnostics()).toBeNull();
  });
});
