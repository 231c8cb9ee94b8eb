/**
 * A message type names who sends it (core/messages.ts): what the popup and the options page send
 * starts with `popupTo`, `optionsTo`, or `uiTo` when both send it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The message types a file sends: the quoted `<from>To<to>:<name>` strings it passes to sendToBackground or sendToTab. */
function sentTypes(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
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
