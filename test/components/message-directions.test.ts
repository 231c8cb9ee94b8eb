/**
 * A message type names who sends it (core/messages.ts): what the popup and the options page send
 * starts with `popupTo`, `optionsTo`, or `uiTo` when both send it.
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder } from '../support/sources';

/** The message types a file sends: the quoted `<from>To<to>:<name>` strings it passes to sendToBackground or sendToTab. */
function sentTypes(file: string): string[] {
  const code = readSource(file);
  return [...code.matchAll(/sendTo(?:Background|Tab)\((?:[^'"()]*,\s*)?['"](\w+To\w+:\w+)['"]/g)].map((m) => m[1]!);
}

describe('message directions', () => {
  it.each([['popup', 'popup'], ['options page', 'options']])('the %s sends only messages named for it or for both pages (ui)', (_, page) => {
    const files = ['components', 'entrypoints'].flatMap(sourcesUnder).filter((file) => file.split('/').includes(page));
    const sent = files.flatMap((file) => sentTypes(file).map((type) => `${file}: ${type}`));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((line) => !new RegExp(`: (${page}|ui)To`).test(line))).toEqual([]);
  });
});
