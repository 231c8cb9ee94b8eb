/**
 * Which side a message bubble sits on, measured from computed layout only: customer messages are
 * placed at the start (left), the Page's at the end (right). Never from class names.
 */
import type { Side } from '@/core/metrics/types';
import type { ReadContext } from './read-list';

/** How many levels above a bubble we look for the container that places it. */
const MAX_LEVELS = 10;

const START = new Set(['flex-start', 'start', 'left']);
const END = new Set(['flex-end', 'end', 'right']);

function sideFromValue(value: string, reversed: boolean): Side | null {
  const side: Side | null = START.has(value) ? 'customer' : END.has(value) ? 'page' : null;
  if (!side || !reversed) return side;
  return side === 'customer' ? 'page' : 'customer';
}

/** The side one flex container puts `child` on, from its computed justify-content (row) or align-items / align-self (column). */
export function sideIn(container: Element, child: Element | null, ctx: ReadContext): Side | null {
  const style = ctx.view.getComputedStyle(container);
  const direction = style.flexDirection || 'row';
  const column = direction.startsWith('column');
  const own = child && column ? ctx.view.getComputedStyle(child).alignSelf : '';
  const value = column ? (own && own !== 'auto' && own !== 'normal' ? own : style.alignItems) : style.justifyContent;
  return sideFromValue(value, direction.endsWith('reverse') && !column);
}

/**
 * The side a bubble sits on, measured from the computed layout of its nearest ancestor that places
 * it explicitly (start or end); then the bubble's own layout, then the first few elements inside it
 * (when the id sits on a row wrapper). Null when unmeasurable.
 * `display` is not required to say flex: an explicit justify-content is clue enough, and happy-dom
 * (read-inbox) loses `display` declared inside `@layer` blocks while keeping the other properties.
 */
export function measuredSide(bubble: Element, transcript: Element, ctx: ReadContext): Side | null {
  let child: Element = bubble;
  for (let el = bubble.parentElement, level = 0; el && el !== transcript && level < MAX_LEVELS; child = el, el = el.parentElement, level++) {
    const side = sideIn(el, child, ctx);
    if (side) return side;
  }
  const own = sideIn(bubble, bubble.firstElementChild, ctx);
  if (own) return own;
  // The id may sit on the message's row wrapper, with the placing container inside it.
  const inner = bubble.querySelectorAll('*');
  for (let i = 0; i < inner.length && i < 12; i++) {
    const side = sideIn(inner[i]!, inner[i]!.firstElementChild, ctx);
    if (side) return side;
  }
  return null;
}
