/**
 * The open conversation's transcript → MessageSnapshot[]. A message's side comes only from layout
 * (computed justify-content / align-items of its flex ancestors, or the customer's avatar beside
 * it); a bubble whose side cannot be measured is dropped and counted, never guessed. Its instant
 * comes from a `data-utime` on a wrapper above it, else from the date/time divider before it.
 */
import type { Side } from '@/core/metrics';
import type { MessageSnapshot } from './types';
import * as S from './selectors';
import { parseDisplayedTime } from './timestamps';
import { firstMatch } from './first-match';
import type { ReadContext } from './read-context';
import { measuredSide } from './message-side';
import type { Searchable } from './search-around';
import { SHOW_ELEMENT, SHOW_TEXT } from './node-filter';

export { measuredSide } from './message-side';

/** How many levels above a bubble we look for its layout, its wrapper's utime and its labels. */
const MAX_LEVELS = 10;

export function findDetailView(root: Searchable): Element | null {
  return firstMatch(root, S.DETAIL_VIEW);
}

/**
 * The transcript: the region labelled as the message list, else a region holding messages, else the messages' common ancestor.
 * `detail` lets a caller that already looked the detail view up pass it: each lookup searches the whole page.
 */
export function findTranscript(root: Searchable, detail = findDetailView(root)): Element | null {
  const scope = detail ?? root;
  const regions = [...scope.querySelectorAll(S.TRANSCRIPT)];
  const labelled = regions.find((r) => S.TRANSCRIPT_LABELS.includes(r.getAttribute('aria-label') ?? ''));
  if (labelled) return labelled;
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

export interface MessageReading { message: MessageSnapshot; element: Element }

/**
 * One bubble, given the divider instant in force before it (or how to find it: looked for only when
 * the bubble has no `data-utime`, which is the costly walk back); null when its side cannot be measured.
 */
export function readMessage(bubble: Element, transcript: Element, dividerBefore: number | null | (() => number | null), ctx: ReadContext): MessageReading | null {
  const id = bubble.getAttribute(S.MESSAGE_ID_ATTRIBUTE);
  if (!id) return null;
  const wrapper = messageWrapperOf(bubble, transcript);
  const from = measuredSide(bubble, transcript, ctx) ?? avatarSide(bubble, wrapper);
  if (!from) return null;
  const utime = utimeOf(bubble, transcript);
  const labels = from === 'page' ? labelsOf(bubble, wrapper) : { author: null, automated: false };
  const divider = utime !== null ? null : typeof dividerBefore === 'function' ? dividerBefore() : dividerBefore;
  const at = utime ?? divider;
  return { element: bubble, message: { id, from, automated: labels.automated, author: labels.author, at, atQuality: utime !== null ? 'utime' : divider !== null ? 'divider' : null } };
}

/** The divider in force just before `bubble`, walking backwards (bounded) — for messages added one by one. */
export function precedingDivider(bubble: Element, transcript: Element, ctx: ReadContext, budget = 400): number | null {
  const walker = transcript.ownerDocument.createTreeWalker(transcript, SHOW_TEXT);
  walker.currentNode = bubble;
  for (let text = walker.previousNode(), steps = 0; text && steps < budget; text = walker.previousNode(), steps++) {
    const at = dividerInstant(text, transcript, ctx);
    if (at !== null) return at;
  }
  return null;
}

export interface TranscriptReading { messages: MessageReading[]; dropped: number }

/** Every message of the transcript in order, each with the divider before it. One pass over the text. */
export function readTranscript(transcript: Element, ctx: ReadContext): TranscriptReading {
  const messages: MessageReading[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  let divider: number | null = null;
  const walker = transcript.ownerDocument.createTreeWalker(transcript, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const at = dividerInstant(node, transcript, ctx);
      if (at !== null) divider = at;
      continue;
    }
    const el = node as Element;
    if (!el.hasAttribute(S.MESSAGE_ID_ATTRIBUTE)) continue;
    const id = el.getAttribute(S.MESSAGE_ID_ATTRIBUTE)!;
    if (ids.has(id) || el.parentElement?.closest(S.MESSAGE)) continue;
    ids.add(id);
    const reading = readMessage(el, transcript, divider, ctx);
    if (reading) messages.push(reading);
    else dropped++;
  }
  return { messages, dropped };
}

/** The text of a bubble (for ranking templates in the popup; used, never stored). */
export function bubbleText(bubble: Element): string {
  return bubble.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
