/** Meta's hooks come in alternatives (old and new markup side by side): the first that matches wins. */
import type { Searchable } from './search-around';

export function firstMatch(root: Searchable, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
