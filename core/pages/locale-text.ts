/** User-facing text from public/_locales, in the browser's language; the key itself if a string is missing (never a blank). */
import { browser } from 'wxt/browser';

export function localeText(key: string, substitutions: Array<string | number> = []): string {
  try {
    const text = browser.i18n.getMessage(key as never, substitutions.map(String));
    if (text) return text;
  } catch {
    // No i18n API (unit tests): fall through to the key.
  }
  return substitutions.length ? `${key}: ${substitutions.join(', ')}` : key;
}
