/**
 * The conversation list → ListRowSnapshot[]: title, last activity, whether the Page wrote last,
 * unread; deduplicated (a row may be rendered twice) and in display order (by position).
 */
import type { ListRowSnapshot } from './types';
import * as S from './selectors';
import { pageLanguageOf, parseDisplayedTime } from './timestamps';
import { collapseWhitespace, rowKeyOf } from './thread-key';
import { firstMatch } from './first-match';
import type { ReadContext } from './read-context';
import { SHOW_TEXT } from './node-filter';
import type { TimeSlice } from '@/core/time-slices';

export function findThreadList(root: ParentNode): Element | null {
  return firstMatch(root, S.THREAD_LIST) ?? rowsAncestorOf(root);
}

/** No list hook, but rows: the rows' nearest common ancestor stands in for the list. */
function rowsAncestorOf(root: ParentNode): Element | null {
  const rows = rowSurfacesIn(root);
  let ancestor = rows.length > 1 ? rows[0]!.parentElement : null;
  for (const row of rows) while (ancestor && !ancestor.contains(row)) ancestor = ancestor.parentElement;
  return ancestor;
}

/** Is this element a row of the list (its own `thread_rowN` surface, or an old build's click target)? */
export function isRowElement(el: Element): boolean {
  const surface = el.getAttribute(S.SURFACE_ATTRIBUTE);
  return surface !== null && S.THREAD_ROW_SURFACE.test(surface);
}

/** Elements with a row's own surface, in DOM order. An indexed loop: no spread copy of a list twice as long as the rows (titles match too). */
function rowSurfacesIn(root: ParentNode): Element[] {
  const candidates = root.querySelectorAll(S.THREAD_ROW);
  const rows: Element[] = [];
  for (let i = 0; i < candidates.length; i++) if (isRowElement(candidates[i]!)) rows.push(candidates[i]!);
  return rows;
}

/** The row elements of the list, in DOM order (duplicates included). */
export function rowElementsOf(list: Element): Element[] {
  const rows = rowSurfacesIn(list);
  if (rows.length) return rows;
  // Older builds: the click targets that hold a time, outermost only.
  return [...list.querySelectorAll(S.THREAD_ROW_FALLBACK)].filter((el) => !el.closest(S.HOVER_ACTIONS) && el.querySelector(S.ROW_TIME) && !el.parentElement?.closest(S.THREAD_ROW_FALLBACK));
}

/** The row that contains `node`, if any. */
export function rowOf(node: Node, list: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (; el && el !== list; el = el.parentElement) if (isRowElement(el)) return el;
  return null;
}

const EXCLUDED = `abbr, ${S.ACCESSIBLE_TEXT}, ${S.HOVER_ACTIONS}, [${S.OWN_NODE_ATTRIBUTE}], ${S.THREAD_TITLE}`;

/**
 * Is `el`, or an ancestor of it below `row`, excluded? (The row itself is a row surface, never
 * excluded.) Same answer as `el.closest(EXCLUDED)` inside the row, but stops at the row: closest()
 * would test the long selector on every ancestor up to the document, once per text of each row.
 */
function isExcluded(el: Element | null, row: Element): boolean {
  for (; el && el !== row; el = el.parentElement) if (el.matches(EXCLUDED)) return true;
  return false;
}

/** The row's title element: the title hook, else (old builds) the first text-bearing element. */
function titleElementOf(row: Element): Element | null {
  const hooked = row.querySelector(S.THREAD_TITLE);
  if (hooked) return hooked;
  const walker = row.ownerDocument.createTreeWalker(row, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text.textContent?.trim() && !isExcluded(text.parentElement, row)) return text.parentElement;
  }
  return null;
}

/** One SHOW_TEXT walker per list, reused for every row read in it (creating one per row cost more than the walk). */
const textWalkers = new WeakMap<Element, TreeWalker>();
function textWalkerOf(list: Element): TreeWalker {
  let walker = textWalkers.get(list);
  if (!walker) {
    walker = list.ownerDocument.createTreeWalker(list, SHOW_TEXT);
    textWalkers.set(list, walker);
  }
  return walker;
}

/** The first text of the preview line (after the title), with the element that holds it. */
function previewOf(row: Element, title: Element, list: Element): { text: string; element: Element } | null {
  // A native SHOW_TEXT walk started after the title's last node: no script callback per node.
  const walker = list.contains(row) ? textWalkerOf(list) : row.ownerDocument.createTreeWalker(row, SHOW_TEXT);
  walker.currentNode = title;
  // nextSibling() of a text-only walker is the first text after the title's subtree (elements are skipped into, never returned).
  for (let text = walker.nextSibling(); text; text = walker.nextNode()) {
    const value = text.textContent;
    if (!value || !value.trim()) continue; // layout whitespace, most texts walked: no parent lookup for it
    if (!row.contains(text)) return null; // walked past the row's end
    const parent = text.parentElement;
    if (!parent || isExcluded(parent, row)) continue;
    // Joined with its own spacing: a prefix in its own span ("Tu: ") keeps the space after it.
    return { text: (value + (text.nextSibling?.textContent ?? parent.nextElementSibling?.textContent ?? '')).trim(), element: parent };
  }
  return null;
}

/** Meta's own-preview forms in the page's language (its `lang` tag), or null when that language is unknown. */
function ownPreviewFormsOf(locale: string | null | undefined): S.OwnPreviewForms | null {
  const language = pageLanguageOf(locale);
  return Object.hasOwn(S.OWN_PREVIEWS, language) ? S.OWN_PREVIEWS[language]! : null;
}

/**
 * Whether a row's preview is the Page's own last message: true for Meta's exact own forms in the page's
 * language, null when it cannot be told (a lookalike, or a language whose forms we do not know), else false.
 * Example (lang="en"): "You: Thanks!" → true; "You sent me the wrong size!" → null; "Tu: ciao" → false.
 */
export function isOwnPreview(text: string, locale: string | null | undefined): boolean | null {
  const forms = ownPreviewFormsOf(locale);
  if (!forms) return null;
  // Meta's separators may come as no-break spaces (French "Vous : ").
  const preview = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (preview.length > forms.prefix.length && preview.startsWith(forms.prefix)) return true;
  if (forms.sentences.some((p) => p.test(preview))) return true;
  return forms.lookalikes.some((p) => p.test(preview)) ? null : false;
}

function weightOf(el: Element, view: ReadContext['view']): number {
  const weight = view.getComputedStyle(el).fontWeight;
  return weight === 'bold' || weight === 'bolder' ? 700 : Number(weight) || 400;
}

/**
 * Unread: the preview is at least semibold (600) or the name is bold (700). Builds of 2026 mark an
 * unread row by the name's weight alone, older ones by the preview's; a name only semibold does not
 * count, because some designs set every name semibold. The preview is measured first: an unread row
 * of an older build then costs one getComputedStyle, the largest single cost of a 1,000-row scan.
 */
function isBold(title: Element, preview: Element | null, view: ReadContext['view']): boolean {
  return (preview !== null && weightOf(preview, view) >= 600) || weightOf(textHolderOf(title), view) >= 700;
}

/** The element holding an element's first text: the name's own weight, not its hook's (a wrapper that only inherits). */
function textHolderOf(el: Element): Element {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) if (text.textContent?.trim()) return text.parentElement ?? el;
  return el;
}

function lastActivityOf(row: Element, ctx: ReadContext): number | null {
  const abbr = row.querySelector(S.ROW_TIME);
  const utime = Number(abbr?.getAttribute(S.UTIME_ATTRIBUTE));
  if (abbr && Number.isFinite(utime) && utime > 0) return Math.round(utime * 1000);
  const shown = row.querySelector('abbr');
  if (!shown) return null;
  const day = shown.parentElement?.querySelector(S.ACCESSIBLE_TEXT)?.textContent ?? '';
  return parseDisplayedTime(`${day} ${shown.textContent ?? ''}`, ctx) ?? parseDisplayedTime(shown.getAttribute('title') ?? '', ctx);
}

const INLINE_TOP = /(?:^|;)\s*top:\s*(-?[\d.]+)px/;
const INLINE_TRANSLATE = /translateY\((-?[\d.]+)px\)|translate(?:3d)?\(\s*-?[\d.]+px,\s*(-?[\d.]+)px/;

/** The row's vertical position: `top`/`translateY` of its absolutely placed wrapper (virtualised list), inline first. */
export function positionOf(row: Element, list: Element, view: ReadContext['view']): number | null {
  // closest('[style]') skips the unstyled wrappers natively: about three DOM calls per row instead of two per level.
  for (let el = row.closest('[style]'); el && el !== list && list.contains(el); el = el.parentElement?.closest('[style]') ?? null) {
    const style = el.getAttribute('style')!;
    const translate = INLINE_TRANSLATE.exec(style);
    if (translate) return Number(translate[1] ?? translate[2]);
    const top = INLINE_TOP.exec(style);
    if (top) return Number(top[1]);
  }
  for (let el: Element | null = row, d = 0; el && el !== list && d < 6; el = el.parentElement, d++) {
    const computed = view.getComputedStyle(el);
    if (computed.position === 'absolute' && computed.top.endsWith('px')) return parseFloat(computed.top);
  }
  return null;
}

export interface RowReading { row: ListRowSnapshot; element: Element; position: number | null; index: number }

/** One row, or null when it shows no title (reported by the caller, never guessed). */
export function readRow(element: Element, list: Element, ctx: ReadContext, index = 0): RowReading | null {
  const titleElement = titleElementOf(element);
  const title = collapseWhitespace(titleElement?.textContent ?? '');
  const key = rowKeyOf(title);
  if (!key || !titleElement) return null;
  const preview = previewOf(element, titleElement, list);
  const rowIndex = Number(S.THREAD_ROW_SURFACE.exec(element.getAttribute(S.SURFACE_ATTRIBUTE) ?? '')?.[1] || index);
  return {
    row: { key, title, lastActivityAt: lastActivityOf(element, ctx), lastFromPage: preview ? isOwnPreview(preview.text, ctx.locale) : null, unread: isBold(titleElement, preview?.element ?? null, ctx.view) },
    element,
    position: positionOf(element, list, ctx.view),
    index: Number.isFinite(rowIndex) ? rowIndex : index,
  };
}

/** Already in display order (a list not recycled out of order): no sort needed. */
function inDisplayOrder(readings: readonly RowReading[]): boolean {
  for (let i = 1; i < readings.length; i++) {
    const [a, b] = [readings[i - 1]!, readings[i]!];
    const byPosition = (a.position ?? Infinity) - (b.position ?? Infinity);
    if (byPosition > 0 || Number.isNaN(byPosition) || (byPosition === 0 && a.index > b.index)) return false;
  }
  return true;
}

/** Display order (position, then row index, then DOM order) and one entry per conversation. */
export function orderedUniqueRows(readings: RowReading[]): RowReading[] {
  const sorted = inDisplayOrder(readings) ? readings : readings
    .map((r, dom) => ({ r, dom }))
    .sort((a, b) => (a.r.position ?? Infinity) - (b.r.position ?? Infinity) || a.r.index - b.r.index || a.dom - b.dom)
    .map(({ r }) => r);
  const seen = new Set<string>();
  return sorted.filter(({ row }) => (seen.has(row.key) ? false : (seen.add(row.key), true)));
}

/**
 * `rows`: one per conversation, in display order; `rendered`: every titled row element in DOM order
 * (a conversation rendered twice too); `hooked`: the list element when its own hook found it (not
 * stood in for by the rows' common ancestor).
 */
export interface ListReading { found: boolean; rows: RowReading[]; rendered: RowReading[]; untitled: number; hooked: Element | null }

export function readList(root: ParentNode, ctx: ReadContext): ListReading {
  const reading = startListReading(root, ctx);
  for (let i = 0; i < reading.elements.length; i++) reading.read(i);
  return reading.result();
}

/** `readList` in time slices: a thousand-row list is read without a task the page would feel. */
export async function readListInSlices(root: ParentNode, ctx: ReadContext, slice: TimeSlice): Promise<ListReading> {
  const reading = startListReading(root, ctx);
  for (let i = 0; i < reading.elements.length; i++) {
    if (slice.spent) await slice.next();
    reading.read(i);
  }
  return reading.result();
}

/** A list being read row by row: its rows' elements, `read(i)` for each, then `result()`. */
function startListReading(root: ParentNode, ctx: ReadContext) {
  const hooked = firstMatch(root, S.THREAD_LIST);
  const list = hooked ?? rowsAncestorOf(root);
  const elements = list ? rowElementsOf(list) : [];
  const readings: RowReading[] = [];
  let untitled = 0;
  return {
    elements,
    read(i: number): void {
      const reading = readRow(elements[i]!, list!, ctx, i);
      if (reading) readings.push(reading);
      else untitled++;
    },
    result(): ListReading {
      if (!list) return { found: false, rows: [], rendered: [], untitled: 0, hooked: null };
      return { found: true, rows: orderedUniqueRows(readings), rendered: readings, untitled, hooked };
    },
  };
}
