/**
 * The open conversation's transcript → MessageSnapshot[]. A message's side comes only from layout
 * (computed justify-content / align-items of its flex ancestors, or the customer's avatar beside
 * it); a bubble whose side cannot be measured is dropped and counted, never guessed. Its instant
 * comes from a `data-utime` on a wrapper above it, else from the date/time divider before it.
 */
import type { Side } from '@/core/metrics';
import * as S from './selectors';
import { parseDisplayedTime } from './timestamps';
import { firstMatch } from './first-match';
import type { ReadContext } from './read-context';
import { measuredSide, sideIn } from './message-side';
import { isAvatarHolder, rowMessages, type RowMessage } from './message-units';
import { identifyMessages, type IdentifiedMessage, type PlacedMessage } from './message-identity';
import { withUnlabelledAutomated } from './page-automation';
import type { Searchable } from './search-around';
import { SHOW_TEXT } from './node-filter';

export { measuredSide } from './message-side';

/** How many levels above a bubble we look for its layout, its wrapper's utime and its labels. */
const MAX_LEVELS = 10;

export function findDetailView(root: Searchable): Element | null {
  return firstMatch(root, S.DETAIL_VIEW);
}

/**
 * The transcript: the one region of the detail view, else the region labelled as the message list, else an older
 * build's transcript pagelet, else a region holding messages, else the messages' common ancestor.
 * `detail` lets a caller that already looked the detail view up pass it: each lookup searches the whole page.
 */
export function findTranscript(root: Searchable, detail = findDetailView(root)): Element | null {
  const scope = detail ?? root;
  const regions = [...scope.querySelectorAll(S.TRANSCRIPT)];
  // The open conversation's detail view holds one region, its transcript; labels are only a hint (Meta reworded them in 2026).
  if (detail && regions.length === 1) return regions[0]!;
  const labelled = regions.find((r) => S.TRANSCRIPT_LABELS.includes(r.getAttribute('aria-label') ?? ''));
  if (labelled) return labelled;
  const pagelet = scope.querySelector(S.TRANSCRIPT_PAGELET);
  if (pagelet) return pagelet.querySelector(S.TRANSCRIPT) ?? pagelet;
  const holding = regions.find((r) => r.querySelector(S.MESSAGE));
  if (holding) return holding;
  const messages = scope.querySelectorAll(S.MESSAGE);
  let ancestor = messages[0]?.parentElement ?? null;
  for (const m of messages) while (ancestor && !ancestor.contains(m)) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The wrapper of one message: the highest ancestor below the transcript holding no other message. */
export function messageWrapperOf(bubble: Element, transcript: Element): Element {
  let wrapper = bubble;
  for (let el = bubble.parentElement, level = 0; el && el !== transcript && level < MAX_LEVELS; el = el.parentElement, level++) {
    if (el.querySelectorAll(S.MESSAGE).length > 1) break;
    wrapper = el;
  }
  return wrapper;
}

/** Second clue: the customer's avatar (`img[alt]`) in the message's wrapper, outside the bubble. */
function avatarSide(bubble: Element, wrapper: Element): Side | null {
  const avatar = wrapper.querySelector(S.AVATAR);
  return avatar && !bubble.contains(avatar) && (avatar.getAttribute('alt') ?? '').trim() ? 'customer' : null;
}

function utimeOf(bubble: Element, transcript: Element): number | null {
  for (let el: Element | null = bubble, level = 0; el && el !== transcript && level <= MAX_LEVELS; el = el.parentElement, level++) {
    const value = Number(el.getAttribute(S.UTIME_ATTRIBUTE));
    if (el.hasAttribute(S.UTIME_ATTRIBUTE) && Number.isFinite(value) && value > 0) return Math.round(value * 1000);
  }
  return null;
}

/**
 * The elements that hold a message's own text: the bubble itself, or, when its id sits on a wrapper that
 * also holds its labels, the text blocks inside that wrapper.
 */
function textBlocksOf(bubble: Element): Element[] {
  if (bubble.matches(S.MESSAGE_TEXT)) return [bubble];
  const blocks = bubble.querySelectorAll(S.MESSAGE_TEXT);
  return blocks.length ? [...blocks] : [bubble];
}

/**
 * Author and automation from the labels of a Page message ("Sent by Instant reply", "Sent by Fah
 * Somchai"): short texts in its wrapper outside its text. What the message itself says ("Sent by
 * courier", "our automated line") is never an author or an automation label.
 */
function labelsOf(bubble: Element, wrapper: Element): { author: string | null; automated: boolean } {
  const blocks = textBlocksOf(bubble);
  const walker = wrapper.ownerDocument.createTreeWalker(wrapper, SHOW_TEXT);
  let author: string | null = null;
  let automated = false;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!value || value.length > 80 || blocks.some((block) => block.contains(text))) continue;
    for (const pattern of S.SENT_BY_PATTERNS) {
      const match = pattern.exec(value);
      if (match) {
        author = match[1]!.trim();
        if (S.AUTOMATED_LABELS.some((p) => p.test(author!))) automated = true;
      }
    }
    if (value.length <= 60 && S.AUTOMATED_LABELS.some((p) => p.test(value))) automated = true;
  }
  return automated ? { author: null, automated } : { author, automated };
}

/** Is this text node a date/time divider (outside every message, note and label)? Returns its instant. */
function dividerInstant(text: Node, transcript: Element, ctx: ReadContext): number | null {
  const parent = text.parentElement;
  if (!parent || parent.closest(`${S.MESSAGE}, ${S.SYSTEM_NOTE}, [${S.OWN_NODE_ATTRIBUTE}]`)) return null;
  const value = text.textContent?.trim() ?? '';
  if (!value || value.length > 60) return null;
  // Every divider shows a clock time or a date, so it holds a digit: most texts stop here, cheaply.
  const direct = /\d/.test(value) ? parseDisplayedTime(value, ctx) : null;
  if (direct !== null) return direct;
  const block = parent.parentElement;
  if (!block || block === transcript || block.childElementCount > 4) return null;
  const joined = block.textContent ?? '';
  return joined.length <= 60 && /\d/.test(joined) && joined.trim() !== value && !block.querySelector(S.MESSAGE) ? parseDisplayedTime(joined, ctx) : null;
}

export type MessageReading = IdentifiedMessage;

/** The side of a row on a build without ids: its own flex placement, else the customer's avatar beside its run. */
function layoutRowSide(el: Element, ctx: ReadContext): Side | null {
  const placed = sideIn(el, el.firstElementChild, ctx);
  if (placed) return placed;
  if (el.childElementCount < 2) return null;
  const first = el.firstElementChild!, last = el.lastElementChild!;
  return isAvatarHolder(first) !== isAvatarHolder(last) ? 'customer' : null;
}

/** Where the walk stands: the divider in force and whether a message followed it yet. */
interface WalkState { divider: number | null; firstAfterDivider: boolean }

/**
 * The messages under one `data-message-id` (one, or one per bubble when the id holds a run of
 * them: `<id>`, `<id>/2`, …); null when the side cannot be measured.
 */
function idRowMessages(el: Element, transcript: Element, state: WalkState, ctx: ReadContext): PlacedMessage[] | null {
  const id = el.getAttribute(S.MESSAGE_ID_ATTRIBUTE)!;
  const wrapper = messageWrapperOf(el, transcript);
  const from = measuredSide(el, transcript, ctx) ?? avatarSide(el, wrapper);
  if (!from) return null;
  const exact = utimeOf(el, transcript);
  const bubbles = rowMessages(el, ctx);
  if (bubbles.length <= 1) {
    return [{ element: el, from, ...pageLabels(from, el, wrapper, bubbles[0]), metaId: id, exact, ...placedAt(state) }];
  }
  return bubbles.map((b, i) => ({ element: b.element, from, author: from === 'page' ? b.author : null, automated: from === 'page' && b.automated, metaId: i === 0 ? id : `${id}/${i + 1}`, exact: i === 0 ? exact : null, ...placedAt(state) }));
}

/**
 * The labels of a one-bubble row: those outside its text (labelsOf), else the lines the row shows
 * under its bubble (a group whose id also holds its "Sent by" line, 2026 builds).
 */
function pageLabels(from: Side, el: Element, wrapper: Element, bubble: RowMessage | undefined): { author: string | null; automated: boolean } {
  if (from !== 'page') return { author: null, automated: false };
  const labels = labelsOf(el, wrapper);
  if (labels.author !== null || labels.automated || !bubble) return labels;
  return { author: bubble.author, automated: bubble.automated };
}

/** The divider fields of the next message, and the walk moves past it. */
function placedAt(state: WalkState): Pick<PlacedMessage, 'divider' | 'firstAfterDivider'> {
  const at = { divider: state.divider, firstAfterDivider: state.firstAfterDivider };
  state.firstAfterDivider = false;
  return at;
}

/** The messages of a row placed by layout (builds without ids), each with the lines under it. */
function layoutRowMessages(el: Element, from: Side, state: WalkState, ctx: ReadContext): PlacedMessage[] {
  return rowMessages(el, ctx).map((b) => ({ element: b.element, from, author: from === 'page' ? b.author : null, automated: from === 'page' && b.automated, metaId: null, exact: null, ...placedAt(state) }));
}

/** The node after `node` in document order within `root`, past its subtree when `skip`. */
function nextNode(node: Node, root: Node, skip: boolean): Node | null {
  if (!skip && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

export interface TranscriptWalk {
  /** The conversation (the URL's id, else the row key): part of the derived keys. */
  thread?: string | null;
  /** Read from the divider above this node on, instead of from the top. */
  from?: Node;
  /** Whether the transcript shows no ids, when the caller knows (else looked up). */
  byLayout?: boolean;
}

export interface TranscriptReading {
  messages: MessageReading[];
  dropped: number;
  /** Read by layout: the transcript shows no message ids (a normal build, not a fault). */
  byLayout: boolean;
  /** Messages without Meta's id and without a divider above them: nothing identifies them yet. */
  unplaced: number;
}

/**
 * Every message of the transcript in order, with ids and time bounds (message-identity.ts). One
 * pass: text outside messages is tried as a divider; a `data-message-id` element is a row of one
 * or more messages; on a build without ids, the outermost element that places its content to one
 * side is.
 */
export function readTranscript(transcript: Element, ctx: ReadContext, walk: TranscriptWalk = {}): TranscriptReading {
  const { thread = null, from } = walk;
  const placed: PlacedMessage[] = [];
  const ids = new Set<string>();
  const byLayout = walk.byLayout ?? !transcript.querySelector(S.MESSAGE);
  const state: WalkState = { divider: null, firstAfterDivider: false };
  let dropped = 0;
  // From a node on (the watcher's additions): the walk starts at the divider above it, so positions count from there.
  const start = from ? precedingDividerNode(from, transcript, ctx) ?? transcript.firstChild : transcript.firstChild;
  for (let node: Node | null = start; node; ) {
    let skip = false;
    if (node.nodeType === 3) {
      const at = dividerInstant(node, transcript, ctx);
      if (at !== null) Object.assign(state, { divider: at, firstAfterDivider: true });
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const id = el.getAttribute(S.MESSAGE_ID_ATTRIBUTE);
      if (el.hasAttribute(S.OWN_NODE_ATTRIBUTE)) skip = true;
      else if (id !== null) {
        skip = true;
        if (!ids.has(id)) {
          ids.add(id);
          const row = idRowMessages(el, transcript, state, ctx);
          if (row) placed.push(...row);
          else dropped++;
        }
      } else if (byLayout) {
        const from = layoutRowSide(el, ctx);
        if (from) { skip = true; placed.push(...layoutRowMessages(el, from, state, ctx)); }
      }
    }
    node = nextNode(node, transcript, skip);
  }
  const { messages, unplaced } = identifyMessages(placed, thread, ctx.now);
  // Only a read of the whole transcript sees whether its human replies are labelled.
  return { messages: from ? messages : withUnlabelledAutomated(messages), dropped, byLayout, unplaced };
}

/**
 * One bubble the watcher found added, given the divider in force before it (or how to find it:
 * looked for only when it has no `data-utime`); bounded by its divider and the moment of reading.
 */
export function readMessage(bubble: Element, transcript: Element, dividerBefore: number | null | (() => number | null), ctx: ReadContext): MessageReading[] | null {
  const exact = utimeOf(bubble, transcript);
  const divider = exact !== null ? null : typeof dividerBefore === 'function' ? dividerBefore() : dividerBefore;
  const row = idRowMessages(bubble, transcript, { divider, firstAfterDivider: false }, ctx);
  return row && identifyMessages(row, null, ctx.now).messages;
}

/** The divider text just before `node`, walking backwards (bounded); null when none is found. */
function precedingDividerNode(node: Node, transcript: Element, ctx: ReadContext, budget = 400): Node | null {
  const walker = transcript.ownerDocument.createTreeWalker(transcript, SHOW_TEXT);
  walker.currentNode = node;
  for (let text = walker.previousNode(), steps = 0; text && steps < budget; text = walker.previousNode(), steps++) {
    if (dividerInstant(text, transcript, ctx) !== null) return text;
  }
  return null;
}

/** The divider in force just before `bubble`, walking backwards (bounded) — for messages added one by one. */
export function precedingDivider(bubble: Element, transcript: Element, ctx: ReadContext, budget = 400): number | null {
  const node = precedingDividerNode(bubble, transcript, ctx, budget);
  return node && dividerInstant(node, transcript, ctx);
}

/** The text of a bubble (for ranking templates in the popup; used, never stored). */
export function bubbleText(bubble: Element): string {
  return bubble.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
