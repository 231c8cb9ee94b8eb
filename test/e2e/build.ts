/**
 * Builds the extension once per run: `wxt build` (chrome-mv3) and `wxt build -b firefox`
 * (firefox-mv2), each skipped when its output is newer than every source file. Set
 * E2E_REBUILD=1 to force a build.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackTempDir } from './processes';

export type Target = 'chrome' | 'firefox';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT: Record<Target, string> = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const SOURCES = ['entrypoints', 'components', 'core', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const builtThisRun = new Set<Target>();
const failedThisRun = new Map<Target, Error>(); // a broken build fails every later test at once

/** The absolute path of the built extension for `target`, building it first when stale. */
export function ensureBuilt(target: Target): string {
  const dist = join(ROOT, OUTPUT[target]);
  const manifest = join(dist, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (!builtThisRun.has(target) && (process.env.E2E_REBUILD || builtAt < sourcesAt)) {
    const args = target === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
    const failure = failedThisRun.get(target);
    if (failure) throw failure;
    console.error(`[e2e] building ${OUTPUT[target]} (npx ${args.join(' ')})`);
    try {
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
    } catch (error) {
      failedThisRun.set(target, new Error(`npx ${args.join(' ')} failed (see its output above)`));
      throw error;
    }
  }
  builtThisRun.add(target);
  return dist;
}

/**
 * A private copy of the built extension for one browser: in the shared tree someone may run
 * `wxt build` while a test runs, which empties .output/ under the browser's feet.
 * Removed when the runner exits.
 */
export function builtCopy(target: Target): string {
  const dir = mkdtempSync(join(os.tmpdir(), `replyclock-${target}-build-`));
  trackTempDir(dir);
  cpSync(ensureBuilt(target), dir, { recursive: true });
  return dir;
}
