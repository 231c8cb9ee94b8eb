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
  const figures = (prefix: string, expected: Partial<Figures> | undefined, got: Figures) => {
    if (!expected) return;
    near(`${prefix}responseRate`, expected.responseRate, got.responseRate, RATE_TOLERANCE);
    near(`${prefix}responseTimeSeconds`, expected.responseTimeSeconds, got.responseTimeSeconds, TIME_TOLERANCE_SECONDS);
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

export function checkScenarioFile(filePath: string): FileResult {
  const file = path.basename(filePath);
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

/** Checks every *.json in `dir` (not recursively), in name order. Invalid files count as failed. */
export function checkScenarioFolder(dir: string): FolderResult {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    return { results: [], passed: 0, failed: 0, exitCode: 2, lines: [`INVALID ${dir}: cannot read the folder (${(error as Error).message})`, '0 passed, 0 failed'] };
  }
  const results = names.map((name) => checkScenarioFile(path.join(dir, name)));
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.length - passed;
  const exitCode = results.some((r) => r.status === 'invalid') ? 2 : failed ? 1 : 0;
  return { results, passed, failed, exitCode, lines: [...results.flatMap((r) => r.lines), `${passed} passed, ${failed} failed`] };
}
