/**
 * entrypoints/ only wires (docs/design.md): what a unit test needs lives in core/ or components/.
 * A test reaches an entry point only through its default export (a smoke test of the whole script).
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder } from '../support/sources';

/** Enough to start things and connect parts; logic past this belongs in core/ or components/. */
const MAX_LINES = 80;

/** `import … from` and `vi.mock(…)` lines of a file that name a module under entrypoints/. */
function entrypointImports(file: string): string[] {
  const code = readSource(file);
  return [...code.matchAll(/^(?:\s*(?:import|export)\b|.*\b(?:vi\.mock|import)\().*['"][^'"\n]*entrypoints\/[^'"\n]*['"].*$/gm)].map((m) => m[0].trim());
}

/** `import name from '@/entrypoints/<entry>/index'`: the entry's default export, nothing else. */
const isDefaultImportOfEntry = (line: string) => /^import \w+ from '@\/entrypoints\/[\w.-]+(\/index)?';$/.test(line);

describe('entrypoints/ only wires', () => {
  it('tests reach an entry point only through its default export', () => {
    const reaching = sourcesUnder('test').flatMap((file) =>
      entrypointImports(file).filter((line) => !isDefaultImportOfEntry(line)).map((line) => `${file}: ${line}`));
    expect(reaching).toEqual([]);
  });

  it('entry point files export nothing but the entry itself', () => {
    const named = sourcesUnder('entrypoints').flatMap((file) =>
      [...readSource(file).matchAll(/^export (?!default\b).*$/gm)].map((m) => `${file}: ${m[0]}`));
    expect(named).toEqual([]);
  });

  it(`entry point files stay within ${MAX_LINES} lines`, () => {
    const long = sourcesUnder('entrypoints')
      .map((file) => ({ file, lines: readSource(file).split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
