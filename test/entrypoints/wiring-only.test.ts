/**
 * entrypoints/ only wires (docs/design.md): what a unit test needs lives in core/ or components/.
 * A test reaches an entry point only through its default export (a smoke test of the whole script).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Enough to start things and connect parts; logic past this belongs in core/ or components/. */
const MAX_LINES = 80;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** `import … from` and `vi.mock(…)` lines of a file that name a module under entrypoints/. */
function entrypointImports(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  return [...code.matchAll(/^(?:\s*(?:import|export)\b|.*\b(?:vi\.mock|import)\().*['"][^'"\n]*entrypoints\/[^'"\n]*['"].*$/gm)].map((m) => m[0].trim());
}

/** `import name from '@/entrypoints/<entry>/index'`: the entry's default export, nothing else. */
const isDefaultImportOfEntry = (line: string) => /^import \w+ from '@\/entrypoints\/[\w.-]+(\/index)?';$/.test(line);

describe('entrypoints/ only wires', () => {
  it('tests reach an entry point only through its default export', () => {
    const reaching = filesUnder('test', /\.tsx?$/).flatMap((file) =>
      entrypointImports(file).filter((line) => !isDefaultImportOfEntry(line)).map((line) => `${file}: ${line}`));
    expect(reaching).toEqual([]);
  });

  it('entry point files export nothing but the entry itself', () => {
    const named = filesUnder('entrypoints', /\.tsx?$/).flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/^export (?!default\b).*$/gm)].map((m) => `${file}: ${m[0]}`));
    expect(named).toEqual([]);
  });

  it(`entry point files stay within ${MAX_LINES} lines`, () => {
    const long = filesUnder('entrypoints', /\.tsx?$/)
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
