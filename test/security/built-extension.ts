/**
 * Reading a built extension (.output/<target>): its manifest, and the JavaScript an entry point
 * loads (the entry file plus every chunk it imports, followed transitively). Used by the
 * security checks (test/e2e/security-build.e2e.ts) and the bundle-size benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function readManifest(dist: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Static imports and dynamic imports of relative or root-relative .js files in one built file. */
function importedFiles(dist: string, file: string, code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1]!;
    if (/^[a-z]+:/i.test(spec)) continue; // a URL, reported by the security checks
    found.push(spec.startsWith('/') ? join(dist, spec) : normalize(join(dirname(file), spec)));
  }
  return found;
}

/** Every JS file an entry loads, the entry first: `entry` is a .js file or an .html page (its module scripts). */
export function jsFilesOf(dist: string, entry: string): string[] {
  const start = join(dist, entry);
  let queue: string[];
  if (entry.endsWith('.html')) {
    const html = readFileSync(start, 'utf8');
    queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]
      .map((m) => (m[1]!.startsWith('/') ? join(dist, m[1]!) : join(dirname(start), m[1]!)));
  } else queue = [start];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(dist, file)} is imported but not in the build`);
    seen.add(file);
    queue.push(...importedFiles(dist, file, readFileSync(file, 'utf8')));
  }
  return [...seen];
}

/** Gzipped size (zlib, default level) of the files together, in bytes. */
export function gzippedBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}
