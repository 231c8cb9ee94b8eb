/**
 * The scenario checker's logic, importable by tests: run a scenario through the engine and
 * compare only the expected fields present, with the README's tolerances.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { computeStats, type Figures, type Stats } from '@/core/metrics';
import { parseScenario, scenarioInput, type Expectation, type Scenario } from './scenario-format';

/** Tolerances of the scenario format. */
export const RATE_TOLERANCE = 1e-6;
export const TIME_TOLERANCE_SECONDS = 0.5;
export const INSTANT_TOLERANCE_MS = 1_000;
export const WAITING_TOLERANCE_SECONDS = 1;

export interface Mismatch {
  field: string;
  expected: string;
  got: string;
}

const show = (value: unknown): string => (value === null || value === undefined ? 'null' : typeof value === 'string' ? value : JSON.stringify(value));
const showInstant = (ms: number | null | undefined): string => (ms == null ? 'null' : new Date(ms).toISOString().replace('.000Z', 'Z'));

/** Compares the expected fields present with the engine's stats. */
export function compareScenario(expect: Expectation, stats: Stats): Mismatch[] {
  const out: Mismatch[] = [];
  const near = (field: string, expected: number | null | undefined, got: number | null, tolerance: number) => {
    if (expected === undefined) return;
    const ok = expected === null ? got === null : got !== null && Math.abs(got - expected) <= tolerance;
    if (!ok) out.push({ field, expected: show(expected), got: show(got) });
  };
  const exact = (field: string, expected: unknown, got: unknown) => {
    if (expected !== undefined && expected !== got) out.push({ field, expected: show(expected), got: show(got) });
  };
  const instant = (field: string, expected: string | null | undefined, got: number | null) => {
    if (expected === undefined) return;
    const want = expected === null ? null : Date.parse(expected);
    const ok = want === null ? got === null : got !== null && Math.abs(got - want) <= INSTANT_TOLERANCE_MS;
    if (!ok) out.push({ field, expected: show(expected), got: showInstant(got) });
  };
  const range = (field: string, expected: Figures['responseTimeRange'] | undefined, got: Figures['responseTimeRange']) => {
    if (expected === undefined) return;
    const ok = expected === null ? got === null : got !== null && expected.every((end, i) => Math.abs(got[i]! - end) <= TIME_TOLERANCE_SECONDS);
    if (!ok) out.push({ field, expected: show(expected), got: show(got) });
  };
  const figures = (prefix: string, expected: Partial<Figures> | undefined, got: Figures) => {
    if (!expected) return;
    near(`${prefix}responseRate`, expected.responseRate, got.responseRate, RATE_TOLERANCE);
    near(`${prefix}responseTimeSeconds`, expected.responseTimeSeconds, got.responseTimeSeconds, TIME_TOLERANCE_SECONDS);
    range(`${prefix}responseTimeRange`, expected.responseTimeRange, got.responseTimeRange);
    exact(`${prefix}badge`, expected.badge, got.badge);
  };
  exact('requests', expect.requests, stats.requests);
  exact('answered', expect.answered, stats.answered);
  exact('pending', expect.pending, stats.pending);
  figures('', expect, stats);
  figures('ifAnsweredNow.', expect.ifAnsweredNow, stats.ifAnsweredNow);
  instant('answerAllBy', expect.answerAllBy, stats.answerAllBy);
  exact('missesAllowed', expect.missesAllowed, stats.missesAllowed);
  exact('answersNeeded', expect.answersNeeded, stats.answersNeeded);
  exact('risk', expect.risk, stats.risk);
  for (const [id, want] of Object.entries(expect.threads ?? {})) {
    const got = stats.threads[id];
    const field = `threads.${id}`;
    if (want === null || !got) {
      if ((want === null) !== !got) out.push({ field, expected: want === null ? 'no state' : 'a state', got: got ? JSON.stringify(got.states) : 'no state' });
      continue;
    }
    near(`${field}.waitingSeconds`, want.waitingSeconds, got.waitingSeconds, WAITING_TOLERANCE_SECONDS);
    instant(`${field}.lateAt`, want.lateAt, got.lateAt);
    instant(`${field}.replyDeadline`, want.replyDeadline, got.replyDeadline);
    if (want.states) {
      const expected = [...new Set(want.states)].sort();
      const actual = [...new Set(got.states)].sort();
      if (expected.join() !== actual.join()) out.push({ field: `${field}.states`, expected: JSON.stringify(expected), got: JSON.stringify(actual) });
    }
  }
  return out;
}

export interface FileResult {
  file: string;
  status: 'passed' | 'failed' | 'invalid';
  /** What to print: one line per failing field, or why the file is not a scenario. */
  lines: string[];
}

export function runScenario(scenario: Scenario): Mismatch[] {
  const { input, settings, now } = scenarioInput(scenario);
  return compareScenario(scenario.expect, computeStats(input, settings, now));
}

/** `name` is how the lines call the file (default: its base name). */
export function checkScenarioFile(filePath: string, name = path.basename(filePath)): FileResult {
  const file = name;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    return { file, status: 'invalid', lines: [`INVALID ${file}: not JSON (${(error as Error).message})`] };
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) return { file, status: 'invalid', lines: [`INVALID ${file}: ${parsed.reason}`] };
  let mismatches: Mismatch[];
  try {
    mismatches = runScenario(parsed.scenario);
  } catch (error) {
    return { file, status: 'invalid', lines: [`INVALID ${file}: the engine rejected it (${(error as Error).message})`] };
  }
  return {
    file,
    status: mismatches.length ? 'failed' : 'passed',
    lines: mismatches.map((m) => `FAIL ${file}: ${m.field} expected ${m.expected} got ${m.got}`),
  };
}

export interface FolderResult {
  results: FileResult[];
  passed: number;
  failed: number;
  /** 0 all passed, 1 some failed, 2 some file is not a valid scenario (or the folder is unreadable). */
  exitCode: 0 | 1 | 2;
  /** Every line to print, ending with "N passed, N failed". */
  lines: string[];
}

/**
 * Checks every *.json in `dir` (not recursively), in name order, each line naming the file as
 * `prefix` + its name. Invalid files count as failed.
 */
export function checkScenarioFolder(dir: string, prefix = ''): FolderResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    return summarised([], [`INVALID ${dir}: cannot read the folder (${(error as Error).message})`], 2);
  }
  const results = names.map((name) => checkScenarioFile(path.join(dir, name), prefix + name));
  return summarised(results, results.flatMap((r) => r.lines), results.some((r) => r.status === 'invalid') ? 2 : 0);
}

/**
 * Checks several folders as one run: every folder's lines, then one "N passed, N failed" for all.
 * With more than one folder, each file is named with its folder (two folders may share a file name).
 */
export function checkScenarioFolders(dirs: readonly string[]): FolderResult {
  const checked = dirs.map((dir) => checkScenarioFolder(dir, dirs.length > 1 ? `${path.basename(dir)}/` : ''));
  const lines = checked.flatMap((folder) => folder.lines.slice(0, -1)); // each folder's own summary goes
  return summarised(checked.flatMap((folder) => folder.results), lines, checked.some((folder) => folder.exitCode === 2) ? 2 : 0);
}

/** The results with their counts, exit code (at least `floor`) and the closing summary line. */
function summarised(results: FileResult[], lines: string[], floor: 0 | 2): FolderResult {
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.length - passed;
  const exitCode = floor === 2 ? 2 : failed ? 1 : 0;
  return { results, passed, failed, exitCode, lines: [...lines, `${passed} passed, ${failed} failed`] };
}
