/**
 * `npm run --silent scenarios -- [folder …]`: checks every metric scenario (*.json) in the folders
 * (default: test/scenarios/shared and test/scenarios/shared-r13, the project's copies of the team's
 * shared scenarios) against the engine. Prints one line per failing field, then one
 * "N passed, N failed" for all folders. Exit 0 all passed, 1 some failed, 2 some file is not a scenario.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarioFolders } from './scenario-check';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_FOLDERS = ['test/scenarios/shared', 'test/scenarios/shared-r13'];
const given = process.argv.slice(2);
const folders = given.length ? given.map((folder) => path.resolve(folder)) : DEFAULT_FOLDERS.map((folder) => path.join(projectRoot, folder));
const result = checkScenarioFolders(folders);
for (const line of result.lines) console.log(line);
process.exitCode = result.exitCode;
