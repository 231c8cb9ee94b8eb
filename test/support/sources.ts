/** The project's TypeScript sources as the source-reading tests see them: paths from the project root. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The .ts and .tsx files under a project folder, at any depth: `sourcesUnder('core')` → ['core/messages.ts', 'core/store/ingest.ts', …]. */
export function sourcesUnder(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(PROJECT_ROOT, path)).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text of a project file, named by its path from the project root. */
export const readSource = (file: string): string => readFileSync(join(PROJECT_ROOT, file), 'utf8');

/** Code without its comments, so that a doc comment may name what the code itself may not use. */
export const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
