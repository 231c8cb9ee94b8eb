import type { Template } from './types';
import { TEMPLATE_LANGUAGES } from './language';
import { unknownPlaceholders } from './render';

/** List edits for the options page; each returns a new list with `order` renumbered 0…n-1. */

export function sortedByOrder(templates: readonly Template[]): Template[] {
  return [...templates].sort((a, b) => a.order - b.order);
}

const renumbered = (list: readonly Template[]): Template[] => list.map((t, order) => (t.order === order ? t : { ...t, order }));

/** Moves a template one place up (-1) or down (+1); at either end nothing changes. */
export function moveTemplate(templates: readonly Template[], id: string, step: -1 | 1): Template[] {
  const list = sortedByOrder(templates);
  const from = list.findIndex((t) => t.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= list.length) return renumbered(list);
  [list[from], list[to]] = [list[to]!, list[from]!];
  return renumbered(list);
}

/** Replaces the template with the same id, or appends a new one at the end. */
export function upsertTemplate(templates: readonly Template[], template: Template): Template[] {
  const list = sortedByOrder(templates);
  const at = list.findIndex((t) => t.id === template.id);
  if (at < 0) return renumbered([...list, template]);
  list[at] = template;
  return renumbered(list);
}

export function removeTemplate(templates: readonly Template[], id: string): Template[] {
  return renumbered(sortedByOrder(templates).filter((t) => t.id !== id));
}

/** An empty template to edit; `id` comes from the caller (crypto.randomUUID in the page). */
export function blankTemplate(id: string, language: string): Template {
  return { id, title: '', body: '', language: TEMPLATE_LANGUAGES.includes(language as never) ? language : 'en', keywords: [], usage: 0, order: Number.MAX_SAFE_INTEGER };
}

/** "ship, Lieferung ,  parcel" → ["ship", "lieferung", "parcel"]: lower-case, no blanks, no repeats. */
export function parseKeywords(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((k) => k.trim().toLowerCase()).filter(Boolean))];
}

export type TemplateProblem = 'title_missing' | 'body_missing' | 'unknown_variable' | 'language_unknown';

/** What keeps a template from being saved, as problem codes (the view words them). */
export function templateProblems(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!template.title.trim()) problems.push('title_missing');
  if (!template.body.trim()) problems.push('body_missing');
  if (unknownPlaceholders(template.body).length > 0) problems.push('unknown_variable');
  if (!TEMPLATE_LANGUAGES.includes(template.language as never)) problems.push('language_unknown');
  return problems;
}
