/**
 * What the project copies from the team's shared folder (../shared beside the clone), so that a
 * clone works alone: the documents the code cites, and the metric scenarios.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedRoot = path.resolve(projectRoot, '../shared');

/** [path under ../shared, path in the project] for each copied file or folder. */
export const SHARED_COPIES: ReadonlyArray<readonly [string, string]> = [
  ['rules.md', 'docs/rules.md'],
  ['inbox-dom.md', 'docs/inbox-dom.md'],
  ['design.md', 'docs/design.md'],
  ['toolchain.md', 'docs/toolchain.md'],
  ['scenarios', 'test/scenarios/shared'],
  ['scenarios-r13', 'test/scenarios/shared-r13'],
];

/** Every file of a copy, as [shared file, project file], relative paths resolved. */
export function copiedFiles(): Array<[string, string]> {
  return SHARED_COPIES.flatMap(([from, to]) => {
    const source = path.join(sharedRoot, from);
    if (!existsSync(source)) return [];
    if (!statSync(source).isDirectory()) return [[source, path.join(projectRoot, to)]];
    return readdirSync(source).map((name): [string, string] => [path.join(source, name), path.join(projectRoot, to, name)]);
  });
}
