/**
 * A description of the page's structure for health reports and the popup's diagnostics: which hooks
 * were found how often, and an outline of tags, roles and data-* attribute names. No text, no names,
 * no labels: only the values of Meta's structure attributes (with digits as N) and roles are kept, because
 * they are Meta's structure, not the user's data.
 */
import * as S from './selectors';
import { findTranscript } from './read-transcript';

export function hookCounts(root: ParentNode): string {
  return S.DIAGNOSTIC_HOOKS.map(([name, selector]) => `${name}=${root.querySelectorAll(selector).length}`).join(' ');
}

function describe(el: Element): string {
  let out = el.tagName.toLowerCase();
  const role = el.getAttribute('role');
  if (role) out += `[role=${role}]`;
  for (const attr of el.getAttributeNames()) {
    if (S.STRUCTURE_ATTRIBUTES.includes(attr)) out += `[${attr}=${(el.getAttribute(attr) ?? '').replace(/\d+/g, 'N').slice(-80)}]`;
    else if (attr.startsWith('data-') || attr === 'contenteditable' || attr === 'aria-label' || attr === 'dir') out += `[${attr}]`;
  }
  return out;
}

/**
 * How the open conversation's messages are read: `ids` (Meta's data-message-id), `layout` (a build
 * without ids: a normal state, read by placement), or `none` (no transcript).
 */
export function messagesBy(doc: Document): 'ids' | 'layout' | 'none' {
  const transcript = findTranscript(doc);
  return !transcript ? 'none' : transcript.querySelector(S.MESSAGE) ? 'ids' : 'layout';
}

/** Outline of the inbox region (or the body): one line per element, identical siblings folded as ×N. */
export function pageStructure(doc: Document, maxChars = 8000): string {
  const start = doc.querySelector(S.INBOX_ROOT) ?? doc.body ?? doc.documentElement;
  const lines: string[] = [`hooks ${hookCounts(doc)}`, `messages-by=${messagesBy(doc)}`, `lang=${doc.documentElement.getAttribute('lang') ?? ''}`];
  let size = lines.join('\n').length;
  const walk = (el: Element, depth: number): void => {
    if (size > maxChars || depth > 24 || el.matches(`[${S.OWN_NODE_ATTRIBUTE}], script, style, svg`)) return;
    const children = [...el.children];
    for (let i = 0; i < children.length && size <= maxChars; ) {
      const line = describe(children[i]!);
      let same = 1;
      while (i + same < children.length && describe(children[i + same]!) === line) same++;
      const entry = `${'  '.repeat(depth)}${line}${same > 1 ? ` ×${same}` : ''}`;
      lines.push(entry);
      size += entry.length + 1;
      walk(children[i]!, depth + 1);
      i += same;
    }
  };
  lines.push(describe(start));
  walk(start, 1);
  return lines.join('\n').slice(0, maxChars);
}
