/**
 * The boundaries of docs/design.md, held by a test instead of goodwill: the engine and the
 * templates are pure, only core/inbox/selectors.ts names Meta's DOM, only core/store touches
 * IndexedDB, only core/messages.ts sends or receives runtime messages.
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder, withoutComments } from '../support/sources';

const SHIPPED = ['core', 'components', 'entrypoints'].flatMap(sourcesUnder);

function offenders(files: readonly string[], pattern: RegExp, allowed: (file: string) => boolean = () => false): string[] {
  return files.filter((f) => !allowed(f) && pattern.test(withoutComments(readSource(f))));
}

describe('design boundaries', () => {
  const pure = [...sourcesUnder('core/metrics'), ...sourcesUnder('core/templates')];

  it('the engine and the templates use no browser or extension API', () => {
    expect(offenders(pure, /\b(browser|chrome|document|navigator|location)\.|from ['"](wxt\/browser|webextension-polyfill|idb)['"]|\b(indexedDB|localStorage|fetch|XMLHttpRequest|MutationObserver)\b|\bwindow\.(document|location|addEventListener|getComputedStyle)/)).toEqual([]);
  });

  it('the engine and the templates read no clock: `now` is a parameter', () => {
    expect(offenders(pure, /Date\.now\(|new Date\(\s*\)|performance\.now\(/)).toEqual([]);
  });

  it("only core/inbox/selectors.ts names Meta's DOM hooks", () => {
    const metaHooks = /data-(surface|pagelet|message-id|utime|lexical-editor)|thread_row|thread_list|detail_view|accessible_elem|BizInbox/;
    expect(offenders(SHIPPED, metaHooks, (f) => f === 'core/inbox/selectors.ts')).toEqual([]);
  });

  it('only core/store touches IndexedDB', () => {
    expect(offenders(SHIPPED, /\bindexedDB\b|from ['"]idb['"]|IDBDatabase|IDBKeyRange/, (f) => f.startsWith('core/store'))).toEqual([]);
  });

  it('only core/messages.ts sends or receives runtime messages', () => {
    expect(offenders(SHIPPED, /\b(runtime|tabs)\.(sendMessage|onMessage|connect)\b/, (f) => f === 'core/messages.ts')).toEqual([]);
  });

  it('no grab-bag modules (utils, helpers, misc)', () => {
    expect(SHIPPED.filter((f) => /(^|\/)(utils|helpers|misc)\.tsx?$/.test(f))).toEqual([]);
  });
});
