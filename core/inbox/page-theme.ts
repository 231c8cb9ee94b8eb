/** Whether the inbox page is dark: Meta's dark-mode class, else the luminance of the page's background. */
import { DARK_MODE_CLASS } from './selectors';

function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && parseFloat(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** true / false when the page tells, null when it does not (then the system's prefers-color-scheme decides). */
export function pageIsDark(doc: Document, view: Pick<Window, 'getComputedStyle'>): boolean | null {
  if (doc.documentElement.classList.contains(DARK_MODE_CLASS)) return true;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const value = luminance(view.getComputedStyle(el).backgroundColor);
    if (value !== null) return value < 0.4;
  }
  return null;
}
