/**
 * `npm run --silent scenarios -- [folder]`: checks every metric scenario (*.json) in the folder
 * (default: test/scenarios/shared, the project's copy of the team's shared scenarios) against the
 * engine. Prints one line per failing field, then "N passed, N failed". Exit 0 all passed, 1 some
 * failed, 2 some file is not a scenario.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarioFolder } from './scenario-check';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const folder = process.argv[2] ? path.resolve(process.argv[2]) : path.join(projectRoot, 'test/scenarios/shared');
const result = checkScenarioFolder(folder);
for (const line of result.lines) console.log(line);
process.exitCode = result.exitCode;
