/**
 * `npm run sync-shared`: brings the project's copies (docs/, test/scenarios/shared*) in step with
 * ../shared after the team's rules, evidence or scenarios change there.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { copiedFiles, projectRoot, sharedRoot } from './shared-copies';

if (!existsSync(sharedRoot)) {
  console.error(`No shared folder beside the project (${path.relative(projectRoot, sharedRoot)}): nothing to bring in.`);
  process.exit(1);
}
for (const [from, to] of copiedFiles()) {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`${path.relative(projectRoot, to)}`);
}
