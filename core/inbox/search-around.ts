/**
 * Searches of the page that leave one subtree out. A busy inbox's conversation list holds most of
 * its elements (1,000 rows are some 17,000), and the header, the detail view and the banners are
 * never inside it; yet `document.querySelector` for anything placed after the list walks every one
 * of them: five such searches were about a tenth of a 1,000-row scan.
 */

/** What the reader's page-wide searches need of a document or an element. */
export interface Searchable {
  querySelector(selectors: string): Element | null;
  querySelectorAll(selectors: string): ArrayLike<Element> & Iterable<Element>;
}

/** A piece of the page: a whole subtree, or (an ancestor of the left-out subtree) one element on its own. */
interface Piece { element: Element; whole: boolean }

/**
 * `root` without `left` and its descendants, searched in document order (the first match is the
 * one `root.querySelector` would return, unless that one is inside `left`).
 */
export function searchAround(root: ParentNode, left: Element): Searchable {
  if (!(root as unknown as Node).contains(left)) return root;
  const pieces = piecesAround(root, left);
  return {
    querySelector(selectors) {
      for (const { element, whole } of pieces) {
        if (element.matches(selectors)) return element;
        const found = whole ? element.querySelector(selectors) : null;
        if (found) return found;
      }
      return null;
    },
    querySelectorAll(selectors) {
      const found: Element[] = [];
      for (const { element, whole } of pieces) {
        if (element.matches(selectors)) found.push(element);
        if (whole) found.push(...element.querySelectorAll(selectors));
      }
      return found;
    },
  };
}

/**
 * The pieces that hold every element of `root` but `left`'s subtree, in document order: on each
 * level from `root` down, the siblings before the path to `left` (whole), then the path's element
 * itself; after `left`, the siblings after the path, innermost level first.
 */
function piecesAround(root: ParentNode, left: Element): Piece[] {
  const path: Element[] = []; // left, its parent, … up to the child of root
  for (let at: Element | null = left; at && (at as Node) !== root; at = at.parentElement) path.push(at);
  const before: Piece[] = [];
  const afterByLevel: Piece[][] = [];
  for (let level = path.length - 1; level >= 0; level--) {
    const onPath = path[level]!;
    const after: Piece[] = [];
    let passed = false;
    for (let sibling = onPath.parentNode === null ? null : (onPath.parentNode as ParentNode).firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === onPath) passed = true;
      else (passed ? after : before).push({ element: sibling, whole: true });
    }
    if (level > 0) before.push({ element: onPath, whole: false });
    afterByLevel.push(after);
  }
  return [...before, ...afterByLevel.reverse().flat()];
}
