/** What the background does when the extension is installed or updated. */

/** The extension page to open after runtime.onInstalled's `reason`: the first-run page on a new install only. */
export function firstRunPageAfter(reason: string): '/welcome.html' | null {
  return reason === 'install' ? '/welcome.html' : null;
}
