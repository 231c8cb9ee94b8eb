import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendToBackground, type MessageType, type RequestOf, type RuntimeSender } from '@/core/messages';

const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}`;
const INBOX_111 = 'https://business.facebook.com/latest/inbox/messenger?asset_id=111&mailbox_id=111';
/** The toolbar popup (no tab), the options page opened in a tab, and the content script in an inbox tab. */
const POPUP: RuntimeSender = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/popup.html` };
const OPTIONS_TAB: RuntimeSender = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/options.html`, tab: { id: 3, url: `${EXTENSION}/options.html` } };
const INBOX_TAB: RuntimeSender = { id: fakeBrowser.runtime.id, url: INBOX_111, tab: { id: 7, url: INBOX_111 } };

/** Delivers a message as the browser would from `sender`; the reply envelope, or undefined when no listener answered. */
async function deliver<K extends MessageType>(type: K, payload: RequestOf<K>, sender: RuntimeSender): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, payload }, sender as never);
  return replies.find((r) => r !== undefined);
}

describe('core/messages: the typed protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser sends with an empty sender: here the sender is the popup.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => deliver((message as { type: MessageType }).type, (message as { payload: never }).payload, POPUP));
  });

  it('delivers a request to its handler and returns the typed reply', async () => {
    handleMessages({
      'uiToBackground:pages': async () => [{ pageId: '111', pageName: 'Bakery' }],
    });
    await expect(sendToBackground('uiToBackground:pages', null)).resolves.toEqual([{ pageId: '111', pageName: 'Bakery' }]);
  });

  it('turns a handler failure into a rejected promise with its message, not a silent undefined', async () => {
    handleMessages({
      'optionsToBackground:deleteAll': async () => {
        throw new Error('disk full');
      },
    });
    await expect(sendToBackground('optionsToBackground:deleteAll', null)).rejects.toThrow('disk full');
  });

  it('leaves message types it does not handle to other listeners', async () => {
    handleMessages({ 'uiToBackground:templates': async () => [] });
    handleMessages({ 'uiToBackground:pages': async () => [] });
    await expect(sendToBackground('uiToBackground:pages', null)).resolves.toEqual([]);
  });

  it('stops answering once its signal aborts', async () => {
    const controller = new AbortController();
    handleMessages({ 'uiToBackground:pages': async () => [] }, controller.signal);
    controller.abort();
    await expect(sendToBackground('uiToBackground:pages', null)).rejects.toThrow();
  });
});

describe('core/messages: who may send what', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a content script\'s Page from its tab\'s URL, not from the message', async () => {
    const seen = vi.fn();
    handleMessages({ 'contentToBackground:health': (_payload, sender) => seen(sender) });
    await expect(deliver('contentToBackground:health', { pageId: '999', health: { list: true, transcript: true, problems: [] }, diagnostics: '' } as never, INBOX_TAB)).resolves.toEqual({ ok: true, value: null });
    expect(seen).toHaveBeenCalledWith({ tabId: 7, url: INBOX_111, pageId: '111' });
  });

  it('refuses content-script messages from anything but an inbox tab', async () => {
    const handler = vi.fn(() => ({ states: [] }));
    handleMessages({ 'contentToBackground:threadStates': handler });
    const otherSite = { id: fakeBrowser.runtime.id, url: 'https://example.com/', tab: { id: 8, url: 'https://example.com/' } };
    const comments = { id: fakeBrowser.runtime.id, tab: { id: 9, url: 'https://business.facebook.com/latest/inbox/facebook?asset_id=111' } };
    for (const sender of [otherSite, comments, POPUP, { ...INBOX_TAB, id: 'another-extension' }]) {
      await expect(deliver('contentToBackground:threadStates', null, sender)).resolves.toMatchObject({ ok: false, error: expect.stringContaining('not accepted') });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the popup\'s and the options page\'s messages only from the extension\'s own pages', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    handleMessages({ 'optionsToBackground:deleteAll': handler });
    await expect(deliver('optionsToBackground:deleteAll', null, POPUP)).resolves.toEqual({ ok: true, value: { ok: true } });
    await expect(deliver('optionsToBackground:deleteAll', null, OPTIONS_TAB)).resolves.toEqual({ ok: true, value: { ok: true } });
    const pageUrlInExtensionTab = { ...INBOX_TAB, url: `${EXTENSION}/options.html` };
    for (const sender of [INBOX_TAB, pageUrlInExtensionTab, { url: `${EXTENSION}/options.html` }, { id: fakeBrowser.runtime.id, url: 'chrome-extension://other/options.html' }]) {
      await expect(deliver('optionsToBackground:deleteAll', null, sender)).resolves.toMatchObject({ ok: false });
    }
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('takes "a Page changed" only from the background worker, not from a content script or another page', async () => {
    const changed = vi.fn();
    handleMessages({ 'backgroundToUi:pageChanged': ({ pageId }) => { changed(pageId); return null; } });
    const WORKER: RuntimeSender = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/background.js` };
    await expect(deliver('backgroundToUi:pageChanged', { pageId: '111' }, WORKER)).resolves.toEqual({ ok: true, value: null });
    for (const sender of [INBOX_TAB, OPTIONS_TAB, { ...WORKER, id: 'another-extension' }]) {
      await expect(deliver('backgroundToUi:pageChanged', { pageId: '222' }, sender)).resolves.toMatchObject({ ok: false });
    }
    expect(changed.mock.calls).toEqual([['111']]);
  });

  it('answers no type that is only a name inherited by every object', async () => {
    handleMessages({ 'uiToBackground:pages': async () => [] });
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await expect(deliver(type as MessageType, null as never, POPUP)).resolves.toBeUndefined();
    }
  });
});
