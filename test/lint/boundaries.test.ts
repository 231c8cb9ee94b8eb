/**
 * The import boundaries that test/lint/biome.json enforces (the regex checks in
 * test/core/boundaries.test.ts cannot follow an import's path): each rule fails on a deliberate
 * violation and lets the allowed import through.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const biome = path.join(root, 'node_modules/@biomejs/biome/bin/biome');

/** Lints one file written at `file` (a path as in the project) in a scratch copy of the lint setup. */
function lintAt(file: string, code: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lint-probe-'));
  mkdirSync(path.join(dir, 'test/lint'), { recursive: true });
  copyFileSync(path.join(root, 'test/lint/biome.json'), path.join(dir, 'test/lint/biome.json'));
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), code);
  const run = spawnSync(process.execPath, [biome, 'lint', '--config-path', 'test/lint/biome.json', file], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

const importing = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('import boundaries (Biome noRestrictedImports)', () => {
  it.each([
    ['core/metrics/probe.ts', '../../entrypoints/background/tabs', /never imports entrypoints/],
    ['core/store/probe.ts', '@/components/i18n', /never imports components/],
    ['components/popup/probe.tsx', '../../core/store', /never import the store/],
    ['components/popup/probe.tsx', '@/core/store/pages', /never import the store/],
    ['entrypoints/inbox.content/probe.ts', '@/core/inbox/selectors', /Only core\/inbox knows Meta's selectors/],
    ['core/inbox-tab/probe.ts', '@/core/inbox/selectors', /Only core\/inbox knows Meta's selectors/],
    ['components/badges/probe.ts', '@/core/inbox/selectors', /Only core\/inbox knows Meta's selectors/],
    ['components/popup/probe.tsx', '@/core/metrics/urgency', /import the engine from its index/],
    ['core/store/probe.ts', '../metrics/away', /import the engine from its index/],
    ['core/pages/probe.ts', '@/core/templates/schema', /import templates from their index/],
    ['test/support/probe.ts', '@/core/metrics/types', /import the engine from its index/],
  ])('%s may not import %s', (file, from, message) => {
    const result = lintAt(file, importing(from));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(message);
  }, 30_000);

  it.each([
    ['core/inbox/probe.ts', './selectors'],
    ['components/popup/probe.tsx', '@/core/metrics'],
    ['entrypoints/background/probe.ts', '@/core/store'],
    ['core/store/probe.ts', '@/core/metrics'],
    ['core/metrics/probe.ts', './away'],
    ['test/core/templates/probe.test.ts', '@/core/templates/rank'],
  ])('%s may import %s', (file, from) => {
    expect(lintAt(file, importing(from))).toMatchObject({ ok: true });
  }, 30_000);
});
