/**
 * Runs a function in the content script's isolated world of a tab (Chromium, over CDP): what it
 * sends with `chrome.runtime.sendMessage` reaches the worker from that tab, as the content
 * script's own messages do (the worker accepts `contentToBackground:*` from nowhere else).
 */
import type { Page } from 'playwright-core';

interface ExecutionContext { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }

export async function evaluateInContentScript<A, R>(page: Page, extensionId: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => { contexts.push(context as ExecutionContext); });
    await cdp.send('Runtime.enable');
    const origin = `chrome-extension://${extensionId}`;
    let world: ExecutionContext | undefined;
    for (let tries = 0; !world && tries < 100; tries++) {
      world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
      if (!world) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!world) throw new Error(`no content-script world of ${origin} in ${page.url()}`);
    // tsx names functions with a __name helper that the page does not have.
    const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}
