/**
 * Finds a conversation's row in the virtualised list, scrolling it when the row is not drawn:
 * only about a dozen rows exist at once, so a conversation further down has no element until
 * the list is scrolled to it. Nothing here navigates: a conversation not found is reported, not
 * guessed at with a made-up URL.
 */
import { readRow, rowElementsOf } from './read-list';
import type { ReadContext } from './read-context';
import { ROW_CLICK_TARGET } from './selectors';

/** How long a scrolled list is given to draw its rows before they are read. */
const DRAW_WAIT_MS = 60;
/** A bound on the search, so a list that keeps loading more never holds the popup's answer forever. */
const MAX_SCROLL_STEPS = 400;

/** The drawn row whose key is `wanted`, or null. */
export function drawnRow(list: Element, wanted: string, ctx: ReadContext): Element | null {
  return rowElementsOf(list).find((el) => readRow(el, list, ctx)?.row.key === wanted) ?? null;
}

/** The element that scrolls the list: the nearest ancestor of a row that overflows (the list itself, or one inside or around it). */
function scrollerOf(list: Element): HTMLElement | null {
  const row = rowElementsOf(list)[0];
  for (let el = row?.parentElement ?? null; el; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight + 1) return el;
    if (el === list.parentElement) break;
  }
  return null;
}

const drawn = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The row of `wanted`, scrolled into the list's view: the drawn one, else the list is scrolled
 * from its top down a screen at a time until the row is drawn or the list ends. Null when not found
 * (the scroll position is then put back).
 */
export async function scrollToRow(list: Element, wanted: string, ctx: ReadContext, signal?: AbortSignal): Promise<Element | null> {
  const shown = drawnRow(list, wanted, ctx);
  if (shown) return shown;
  const scroller = scrollerOf(list);
  if (!scroller) return null;
  const start = scroller.scrollTop;
  let top = 0;
  for (let step = 0; step < MAX_SCROLL_STEPS && !signal?.aborted; step++) {
    scroller.scrollTop = top;
    await drawn(DRAW_WAIT_MS);
    const found = drawnRow(list, wanted, ctx);
    if (found) return found;
    const next = scroller.scrollTop + Math.max(1, Math.floor(scroller.clientHeight * 0.8));
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
    top = next;
  }
  scroller.scrollTop = start;
  return null;
}

/** Clicks a row the way a person does (on its click target), which opens its conversation. */
export function clickRow(row: Element): void {
  ((row.closest(ROW_CLICK_TARGET) ?? row) as HTMLElement).click();
}
