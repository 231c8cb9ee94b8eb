import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendToBackground } from '@/core/messages';

describe('core/messages: the typed protocol', () => {
  beforeEach(() => fakeBrowser.reset());

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
