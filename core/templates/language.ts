/**
 * Which of our five languages a customer message is in, from its stop words.
 *
 * Why stop words and not a library: customer messages are short (often one sentence), the set is
 * closed (en, de, it, da, nb) and a wrong guess only changes which templates come first. The
 * function words of a language are its most frequent tokens, so even a short message holds some;
 * n-gram detectors (franc, cld) need longer text, weigh 100+ KB, and still confuse Danish with
 * Norwegian. Danish and Norwegian Bokmål share most function words, so their lists are mostly the
 * words that differ in spelling (hvad/hva, af/av, mig/meg, nu/nå, hej/hei...); a word in several
 * lists counts a fraction for each (so "i", "for", "den", shared with English or German, weigh little).
 */
export type TemplateLanguage = 'en' | 'de' | 'it' | 'da' | 'nb';
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['en', 'de', 'it', 'da', 'nb'];

/** The template language of a browser locale ("de-AT" → de; Norwegian "no", "nb", "nn" → nb), or null for another language. */
export function templateLanguageOfLocale(locale: string): TemplateLanguage | null {
  const primary = locale.toLowerCase().split(/[-_]/)[0]!;
  const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(language) ? (language as TemplateLanguage) : null;
}

/** Function words Danish and Norwegian share (spelt alike): they tell Scandinavian from the rest, not one from the other. */
const SCANDINAVIAN = ['jeg', 'er', 'det', 'den', 'har', 'til', 'med', 'på', 'og', 'som', 'kan', 'vi', 'du', 'min', 'en', 'et', 'for', 'i', 'hvordan', 'hvor', 'så', 'have', 'om'];

const STOP_WORDS: Record<TemplateLanguage, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'you', 'your', 'my', 'i', 'it', 'to', 'of', 'for', 'what', 'when', 'where', 'how', 'do', 'does', 'can', 'have', 'has', 'not', 'with', 'hi', 'hello', 'thanks', 'thank', 'please', 'yet', 'still', 'this', 'that', 'be', 'was', 'will', 'would'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'sie', 'wir', 'nicht', 'mein', 'meine', 'meinen', 'ihr', 'ihre', 'wann', 'wo', 'wie', 'was', 'haben', 'habe', 'hat', 'noch', 'bitte', 'danke', 'hallo', 'mit', 'für', 'auf', 'ein', 'eine', 'einen', 'kann', 'können', 'schon', 'zu', 'den', 'dem', 'es', 'ja', 'nein', 'guten'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'e', 'è', 'di', 'che', 'non', 'mio', 'mia', 'quando', 'dove', 'come', 'cosa', 'ho', 'hai', 'ha', 'sono', 'ancora', 'grazie', 'ciao', 'buongiorno', 'salve', 'per', 'con', 'posso', 'può', 'del', 'della', 'al', 'alla', 'si', 'perché', 'vorrei'],
  da: ['hvad', 'af', 'mig', 'dig', 'nu', 'hej', 'noget', 'meget', 'efter', 'ikke', 'jeres', 'jer', 'hvornår', 'venlig', 'venlige', 'endnu', 'sådan', 'spørgsmål', 'også', 'mit', 'tilbage', 'hvorfor', 'inden', 'vores', 'dem', ...SCANDINAVIAN],
  nb: ['hva', 'av', 'meg', 'deg', 'nå', 'hei', 'noe', 'mye', 'etter', 'ikke', 'dere', 'deres', 'når', 'vennlig', 'ennå', 'sånn', 'spørsmål', 'også', 'mitt', 'tilbake', 'hvorfor', 'fått', 'innen', 'vår', 'våre', 'vårt', 'dem', ...SCANDINAVIAN],
};

/**
 * Words that tell the language but are the very topic of a message ("where is my order?"): they count
 * for detection and stay searchable, or the order-status template could never match.
 */
const TOPIC_CLUES: Record<TemplateLanguage, readonly string[]> = {
  en: ['order'], de: ['bestellung'], it: ['ordine'], da: ['bestilling'], nb: ['bestilling'],
};

/** Short English words too common to match templates on, kept out of detection (German and Italian have "in", "a"…). */
const MATCH_ONLY_STOP_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'a', 'an', 'me', 'we', 'our', 'us', 'its', 'or', 'if', 'from', 'about', 'just', 'there', 'any', 'get', 'got', 'so']);

const INDEX: ReadonlyMap<string, readonly TemplateLanguage[]> = (() => {
  const index = new Map<string, TemplateLanguage[]>();
  for (const lang of TEMPLATE_LANGUAGES) for (const word of [...STOP_WORDS[lang], ...TOPIC_CLUES[lang]]) index.set(word, [...(index.get(word) ?? []), lang]);
  return index;
})();

const FUNCTION_WORDS: ReadonlySet<string> = new Set(TEMPLATE_LANGUAGES.flatMap((lang) => STOP_WORDS[lang]));

/** The words of a message, lower-cased, letters only (Unicode-aware: ø, å, è, ß stay). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
}

/** True when `word` is a function word in any of our languages (not worth matching templates on). */
export function isStopWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || MATCH_ONLY_STOP_WORDS.has(word);
}

/**
 * The language with the most stop words in `text`; a word shared by several languages counts a
 * fraction for each. Null when no stop word is found or the top two tie.
 *
 * @example detectLanguage('Hallo, wo ist meine Bestellung?') // 'de'
 */
export function detectLanguage(text: string): TemplateLanguage | null {
  const score = new Map<TemplateLanguage, number>();
  for (const word of wordsOf(text)) {
    const langs = INDEX.get(word);
    if (!langs) continue;
    for (const lang of langs) score.set(lang, (score.get(lang) ?? 0) + 1 / langs.length);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && Math.abs(first[1] - second[1]) < 1e-9)) return null;
  return first[0];
}
