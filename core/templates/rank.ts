import MiniSearch from 'minisearch';
import type { Template } from './types';
import { detectLanguage, isStopWord, wordsOf, type TemplateLanguage } from './language';

export interface RankedTemplate {
  template: Template;
  /** True when the template matched words of the message; false when it only fills the list by usage. */
  matched: boolean;
}

export interface Ranking {
  language: TemplateLanguage | null;
  suggestions: RankedTemplate[];
}

/** How much one use weighs against a match: enough to order equal matches, never to beat a better one. */
const USAGE_WEIGHT = 0.15;
const SUGGESTION_COUNT = 3;

/**
 * The templates to suggest for a customer's latest message, best first (top three).
 *
 * 1. The message's language (stop words, see language.ts) narrows the candidates to templates in
 *    that language when there are any: a German customer gets a German answer.
 * 2. MiniSearch (BM25 with prefix and fuzzy matching, so "returns" finds "return" and a typo still
 *    matches) scores the message's content words against each template's keywords (boosted),
 *    title and body.
 * 3. Usage adds a small logarithmic bonus, so the user's habits order near-equal matches.
 * 4. When fewer than three match, the most used templates of that language fill the list.
 *
 * @example rankTemplates(templates, 'Wo ist mein Paket?').suggestions[0].template.title // 'Versand'
 */
export function rankTemplates(templates: readonly Template[], message: string | null, count = SUGGESTION_COUNT): Ranking {
  const language = message ? detectLanguage(message) : null;
  const sameLanguage = language ? templates.filter((t) => t.language === language) : [];
  const candidates = sameLanguage.length > 0 ? sameLanguage : [...templates];
  const byId = new Map(candidates.map((t) => [t.id, t]));

  const matched = message ? matchScores(candidates, message) : new Map<string, number>();
  const scored = [...matched.entries()]
    .map(([id, score]) => ({ template: byId.get(id)!, score: score * (1 + USAGE_WEIGHT * Math.log1p(byId.get(id)!.usage)) }))
    .sort((a, b) => b.score - a.score || a.template.order - b.template.order);

  const fill = candidates
    .filter((t) => !matched.has(t.id))
    .sort((a, b) => b.usage - a.usage || a.order - b.order);

  const suggestions: RankedTemplate[] = [
    ...scored.map(({ template }) => ({ template, matched: true })),
    ...fill.map((template) => ({ template, matched: false })),
  ].slice(0, count);
  return { language, suggestions };
}

/** MiniSearch scores of the templates that share a content word with the message. */
function matchScores(candidates: readonly Template[], message: string): Map<string, number> {
  const terms = wordsOf(message).filter((w) => !isStopWord(w) && w.length > 1);
  if (terms.length === 0) return new Map();
  const index = new MiniSearch<Template>({
    fields: ['keywordText', 'title', 'body'],
    extractField: (doc, field) => (field === 'keywordText' ? doc.keywords.join(' ') : String(doc[field as keyof Template] ?? '')),
    tokenize: (text) => wordsOf(text),
    processTerm: (term) => (isStopWord(term) ? null : term),
  });
  index.addAll(candidates.map((t) => ({ ...t })));
  const results = index.search(terms.join(' '), {
    boost: { keywordText: 3, title: 1.5, body: 1 },
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'OR',
  });
  return new Map(results.map((r) => [String(r.id), r.score]));
}
