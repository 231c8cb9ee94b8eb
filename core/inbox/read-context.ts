/** What every reader of the inbox needs besides the DOM: the moment, the time zone, the page's language, a window to measure layout. */
import type { ParseContext } from './timestamps';

export interface ReadContext extends ParseContext {
  /** The window whose getComputedStyle measures layout (the page's, or happy-dom's). */
  view: Pick<Window, 'getComputedStyle'>;
}
