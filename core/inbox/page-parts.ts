/**
 * The parts of the inbox the content script acts on besides reading them: the open conversation's
 * header (it carries the live badge), the message bubbles, and the element a click on a row needs.
 */
import { firstMatch } from './first-match';
import type { Searchable } from './search-around';
import * as S from './selectors';

export function findDetailHeader(root: Searchable): Element | null {
  return firstMatch(root, S.DETAIL_HEADER);
}

/** Every message bubble of the transcript, in page order. */
export function messageBubblesOf(transcript: Element): Element[] {
  return [...transcript.querySelectorAll(S.MESSAGE)];
}

/** The element that opens a row's conversation when clicked (the row itself when Meta wraps it in none). */
export function rowClickTargetOf(row: Element): HTMLElement {
  return (row.closest(S.ROW_CLICK_TARGET) ?? row) as HTMLElement;
}
