/**
 * The Page's name as the inbox shows it in a surface path (`business_scope:page:<id>:<name>`):
 * business data, no customer's, used for the popup's header and the `{page_name}` variable.
 */
import { PAGE_SCOPE, PAGE_SCOPE_PATTERN, SURFACE_ATTRIBUTE } from './selectors';

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name; // a literal "%" in the name
  }
}

/**
 * The name of Page `pageId` (of the first Page the page names when `pageId` is null), or null.
 *
 * @example pageNameOf(document, '111') // 'Nordlys Shop'
 */
export function pageNameOf(root: ParentNode, pageId: string | null): string | null {
  for (const element of root.querySelectorAll(PAGE_SCOPE)) {
    const match = PAGE_SCOPE_PATTERN.exec(element.getAttribute(SURFACE_ATTRIBUTE) ?? '');
    if (!match || (pageId !== null && match[1] !== pageId)) continue;
    const name = decoded(match[2]!).trim();
    if (name) return name;
  }
  return null;
}
