/**
 * How long the content script runs: until the extension context is gone (the extension was
 * reloaded, updated or removed), which only the browser can do. WXT's `ctx` also ends when the page
 * dispatches its "newer content script started" event, whose name the page can learn (the script
 * posts it to the window); nothing the page can send ends this lifetime.
 */
import { browser } from 'wxt/browser';

/** How often an orphaned script notices that its extension is gone (a failed message says so at once). */
const CHECK_MS = 1000;

export interface ExtensionLifetime {
  signal: AbortSignal;
  /** Ends the lifetime if the extension context is gone; true when it has ended. */
  ended(): boolean;
}

/** True when this script's extension context is gone: `runtime.id` is undefined in an orphaned script. */
export function extensionContextGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

export function extensionLifetime(contextGone: () => boolean = extensionContextGone): ExtensionLifetime {
  const controller = new AbortController();
  const ended = () => {
    if (!controller.signal.aborted && contextGone()) controller.abort();
    return controller.signal.aborted;
  };
  const timer = setInterval(ended, CHECK_MS);
  controller.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return { signal: controller.signal, ended };
}
