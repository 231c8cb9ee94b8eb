/**
 * Every user-facing string is a key of public/_locales/<lang>/messages.json. This module is the one
 * way to turn a key into text: the keys are typed from the English file (a key that does not exist
 * fails the type check), plural forms are chosen by Intl.PluralRules, and one translator wraps the
 * browser's `i18n.getMessage` for the popup, the options page, the content script and the worker.
 */
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The bases that have both `${base}_one` and `${base}_other`: the keys a count chooses between. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** `t('popup_waited', [12])`: the message for `key` with $1, $2 … filled in. */
export type Translate = (key: MessageKey, substitutions?: ReadonlyArray<string | number>) => string;

/** The browser's lookup: `browser.i18n.getMessage`, or a stand-in in tests. */
export type GetMessage = (key: string, substitutions?: string[]) => string;

/** Enough for every badge text of the visible rows; cleared when full so memory stays bounded. */
const MAX_REMEMBERED = 2000;

/**
 * A Translate over the browser's lookup. Messages never change while a page or worker runs, and
 * the content script asks for the same few on every badge render, so each answer is remembered.
 * A missing message shows its key (never a blank), with its substitutions.
 */
export function translator(getMessage: GetMessage): Translate {
  const answers = new Map<string, string>();
  return (key, substitutions) => {
    const strings = substitutions?.map(String);
    // \u0000 and \u0001 appear in neither keys nor the durations and names substituted.
    const cacheKey = strings ? `${key}\u0000${strings.join('\u0001')}` : key;
    let answer = answers.get(cacheKey);
    if (answer === undefined) {
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answer = lookUp(getMessage, key, strings);
      answers.set(cacheKey, answer);
    }
    return answer;
  };
}

/**
 * One full stop where a substituted value ending in one (German "15 Min.", Danish "15 min.") ends
 * the sentence too: "innerhalb von 15 Min.", not "15 Min..".
 */
export function withoutDoubledStops(text: string, substitutions: readonly string[]): string {
  let result = text;
  for (const value of substitutions) if (value.endsWith('.')) result = result.split(`${value}.`).join(value);
  return result;
}

function lookUp(getMessage: GetMessage, key: string, substitutions: string[] | undefined): string {
  try {
    const text = getMessage(key, substitutions);
    if (text) return substitutions?.length ? withoutDoubledStops(text, substitutions) : text;
  } catch {
    // No i18n API (a unit test without the fake browser's messages): fall through to the key.
  }
  return substitutions?.length ? `${key}: ${substitutions.join(', ')}` : key;
}

/**
 * The key for a count in the user's language, by Intl.PluralRules: `${base}_one` or
 * `${base}_other` (our five languages have only these two categories for whole numbers).
 */
export function pluralKey(base: PluralBase, count: number, locale: string): MessageKey {
  return `${base}_${new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'}` as MessageKey;
}
