/**
 * Page text (customer names, previews, message text) and template text reach the DOM only as
 * text: no source file of the extension uses an HTML sink. The real-browser check of the same
 * promise, with markup as names and templates, is test/e2e/security-session.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder, withoutComments } from '../support/sources';

const SOURCES = ['components', 'entrypoints', 'core'];

/** Sinks that parse a string as HTML or code. Comments are stripped first, so a doc line may name them. */
const SINKS: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*[+]?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['DOMParser', /new\s+DOMParser/],
  ['createContextualFragment', /createContextualFragment/],
  ['execCommand insertHTML', /execCommand\(\s*['"]insertHTML/],
  ['srcdoc', /srcdoc/],
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('no HTML or code sinks in the extension\'s sources', () => {
  const files = SOURCES.flatMap(sourcesUnder);

  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.endsWith('ConversationBadge.ts'))).toBe(true); // builds the badge's DOM itself
  });

  it('uses none of them', () => {
    const found = files.flatMap((file) => {
      const code = withoutComments(readSource(file));
      return SINKS.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${file}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('would notice one', () => {
    const code = withoutComments('el.innerHTML = name; // innerHTML in a comment is fine\n/* eval(x) */');
    expect(SINKS.filter(([, p]) => p.test(code)).map(([w]) => w)).toEqual(['innerHTML / outerHTML assignment']);
  });
});
