/**
 * The content script's translate function. `browser.i18n.getMessage` crosses into the browser on
 * every call, and each badge render asks for about five messages, for every row, on every batch —
 * ~135 ms per 1,000 incoming messages in a profile. Messages never change while the script runs,
 * so each (key, substitutions) answer is looked up once and remembered.
 */
import type { Translate } from '@/components/i18n';

/** Enough for every badge text of the visible rows; cleared when full so memory stays bounded. */
const MAX_ENTRIES = 2000;

export function cachedTranslate(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  const answers = new Map<string, string>();
  return (key, substitutions) => {
    const strings = substitutions?.map(String);
    // \u0000 and \u0001 appear in neither keys nor the durations and names substituted.
    const cacheKey = strings ? `${key}\u0000${strings.join('\u0001')}` : key;
    let answer = answers.get(cacheKey);
    if (answer === undefined) {
      if (answers.size >= MAX_ENTRIES) answers.clear();
      answer = getMessage(key, strings) || key;
      answers.set(cacheKey, answer);
    }
    return answer;
  };
}
