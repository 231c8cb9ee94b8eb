/** ReplyClock's own nodes on Meta's page (the badge hosts): marked, so that the reader and the watcher skip them. */
import { OWN_NODE_ATTRIBUTE } from './selectors';

export function markAsOwnNode(element: Element): void {
  element.setAttribute(OWN_NODE_ATTRIBUTE, '');
}

/** The own nodes directly inside `anchor` (a badge host left by an earlier instance of the script, say). */
export function ownChildrenOf(anchor: Element): Element[] {
  return [...anchor.querySelectorAll(`:scope > [${OWN_NODE_ATTRIBUTE}]`)];
}
