/**
 * `NodeFilter`'s `whatToShow` bits for tree walkers, named. Spelt by value, with the DOM's own
 * literal types, because the reader also runs where the page's window is not the global one
 * (happy-dom in test/tools/read-inbox.ts and the benches), where `NodeFilter` is undefined.
 */
export const SHOW_ELEMENT: typeof NodeFilter.SHOW_ELEMENT = 0x1;
export const SHOW_TEXT: typeof NodeFilter.SHOW_TEXT = 0x4;
