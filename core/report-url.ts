/** Where the report page lives, for the popup's and the options' links. */
import { browser } from 'wxt/browser';

/** The report page's URL, of `pageId` when given (else it shows the Page seen last). */
export function reportUrl(pageId: string | null): string {
  const url = browser.runtime.getURL('/report.html');
  return pageId ? `${url}?page=${encodeURIComponent(pageId)}` : url;
}
