import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeStats } from '@/core/metrics';
import { checkScenarioFile, checkScenarioFolder, checkScenarioFolders, compareScenario } from './scenario-check';
import { parseScenario, scenarioInput, type Scenario } from './scenario-format';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = path.join(root, 'test/scenarios/shared');
const sharedR13 = path.join(root, 'test/scenarios/shared-r13');
const ours = path.join(root, 'test/scenarios/own');
const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const base = {
  name: 'one answered in four minutes, one waiting',
  now: '2026-11-02T09:00:00Z',
  threads: [
    { id: 't1', messages: [{ at: '2026-11-02T08:00:00Z', from: 'customer' }, { at: '2026-11-02T08:04:00Z', from: 'page' }] },
    { id: 'w', messages: [{ at: '2026-11-02T08:50:00Z', from: 'customer' }] },
  ],
  expect: {},
};

function mismatches(expect: object) {
  const parsed = parseScenario({ ...base, expect });
  if (!parsed.ok) throw new Error(parsed.reason);
  const { input, settings, now } = scenarioInput(parsed.scenario);
  return compareScenario(parsed.scenario.expect, computeStats(input, settings, now));
}

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scenarios-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('the shared scenarios (R1–R12)', () => {
  it.each(jsonIn(shared))('%s', (file) => {
    expect(checkScenarioFile(path.join(shared, file))).toEqual({ file, status: 'passed', lines: [] });
  });
});

describe('the shared scenarios with bounded times (R13)', () => {
  it.each(jsonIn(sharedR13))('%s', (file) => {
    expect(checkScenarioFile(path.join(sharedR13, file))).toEqual({ file, status: 'passed', lines: [] });
  });
});

describe('our own scenarios (opening hours and DST, Away with no end, Done, Spam, rate arithmetic)', () => {
  it.each(jsonIn(ours))('%s', (file) => {
    expect(checkScenarioFile(path.join(ours, file))).toEqual({ file, status: 'passed', lines: [] });
  });
});

describe('comparing expectations', () => {
  it('compares only the fields present', () => {
    expect(mismatches({})).toEqual([]);
    expect(mismatches({ requests: 2, pending: 1 })).toEqual([]);
  });

  it('rates within 1e-6, times within 0.5 s, instants within 1 s', () => {
    expect(mismatches({ responseRate: 0.5000009, responseTimeSeconds: 240.5, ifAnsweredNow: { responseTimeSeconds: 419.6 } })).toEqual([]);
    expect(mismatches({ responseRate: 0.500002 })).toEqual([{ field: 'responseRate', expected: '0.500002', got: '0.5' }]);
    expect(mismatches({ responseTimeSeconds: 240.6 })).toEqual([{ field: 'responseTimeSeconds', expected: '240.6', got: '240' }]);
    expect(mismatches({ threads: { w: { lateAt: '2026-11-02T09:05:01Z' } } })).toEqual([]);
    expect(mismatches({ threads: { w: { lateAt: '2026-11-02T09:05:02Z' } } })).toEqual([
      { field: 'threads.w.lateAt', expected: '2026-11-02T09:05:02Z', got: '2026-11-02T09:05:00Z' },
    ]);
  });

  it('null means none, and none is not a number', () => {
    expect(mismatches({ answerAllBy: null })).toHaveLength(1); // the waiting customer has an answer-all-by
    expect(mismatches({ ifAnsweredNow: { responseTimeSeconds: null } })).toEqual([
      { field: 'ifAnsweredNow.responseTimeSeconds', expected: 'null', got: expect.stringMatching(/^4\d\d/) as unknown as string },
    ]);
  });

  it('R13: bounded times are read, and the range compares within 0.5 s at each end; null means none', () => {
    const bounded = {
      ...base,
      threads: [{ id: 't1', messages: [{ at: '2026-11-02T08:00:00Z', from: 'customer' }, { at: '2026-11-02T08:04:00Z', atMin: '2026-11-02T08:01:00Z', atMax: '2026-11-02T08:30:00Z', from: 'page' }] }],
    };
    const compare = (expect: object) => {
      const parsed = parseScenario({ ...bounded, expect });
      if (!parsed.ok) throw new Error(parsed.reason);
      const { input, settings, now } = scenarioInput(parsed.scenario);
      return compareScenario(parsed.scenario.expect, computeStats(input, settings, now));
    };
    expect(compare({ responseTimeSeconds: 240, responseTimeRange: [60.4, 1799.6], ifAnsweredNow: { responseTimeRange: [60, 1800] } })).toEqual([]);
    expect(compare({ responseTimeRange: [60, 1799] })).toEqual([{ field: 'responseTimeRange', expected: '[60,1799]', got: '[60,1800]' }]);
    expect(compare({ responseTimeRange: null })).toEqual([{ field: 'responseTimeRange', expected: 'null', got: '[60,1800]' }]);
    expect(mismatches({ responseTimeRange: [240, 240] })).toEqual([]); // exact times: the range is the figure
  });

  it('a listed thread must match: states as a set, waiting within 1 s; null expects no state', () => {
    expect(mismatches({ threads: { w: { states: ['soon'], waitingSeconds: 600.9 } } })).toEqual([]);
    expect(mismatches({ threads: { w: { states: ['soon', 'soon'] } } })).toEqual([]);
    expect(mismatches({ threads: { w: { states: ['late'] } } })).toEqual([{ field: 'threads.w.states', expected: '["late"]', got: '["soon"]' }]);
    expect(mismatches({ threads: { t1: { states: ['ok'] } } })).toEqual([{ field: 'threads.t1', expected: 'a state', got: 'no state' }]);
    expect(mismatches({ threads: { t1: null } })).toEqual([]);
    expect(mismatches({ threads: { w: null } })).toEqual([{ field: 'threads.w', expected: 'no state', got: '["soon"]' }]);
  });
});

describe('validating scenario files', () => {
  const invalid: Array<[string, unknown, RegExp]> = [
    ['a date that is not an ISO instant', { ...base, now: '2026-11-02 09:00' }, /now/],
    ['an impossible date', { ...base, now: '2026-02-30T09:00:00Z' }, /now/],
    ['an unknown side', { ...base, threads: [{ id: 'a', messages: [{ at: '2026-11-02T08:00:00Z', from: 'bot' }] }] }, /threads\.0\.messages\.0\.from/],
    ['an unknown folder', { ...base, threads: [{ id: 'a', folder: 'archive', messages: [] }] }, /folder/],
    ['a misspelt expectation', { ...base, expect: { responseRat: 1 } }, /responseRat/],
    ['a misspelt setting', { ...base, settings: { rateTraget: 0.9 } }, /rateTraget/],
    ['an unknown time zone', { ...base, settings: { openingHours: { timeZone: 'Mars/Olympus', days: {} } } }, /Mars/],
    ['a malformed opening hour', { ...base, settings: { openingHours: { timeZone: 'UTC', days: { mon: [['9', '17:00']] } } } }, /HH:MM/],
    ['two threads with one id', { ...base, threads: [base.threads[0], base.threads[0]] }, /share an id/],
    ['an away period ending before it begins', { ...base, away: [{ from: '2026-11-02T09:00:00Z', to: '2026-11-02T08:00:00Z' }] }, /ends before/],
    ['no threads', { name: 'x', now: base.now, expect: {} }, /threads/],
    ['a lower bound after the best time', { ...base, threads: [{ id: 'a', messages: [{ at: '2026-11-02T08:00:00Z', atMin: '2026-11-02T08:01:00Z', from: 'customer' }] }] }, /atMin is after at/],
    ['an upper bound before the best time', { ...base, threads: [{ id: 'a', messages: [{ at: '2026-11-02T08:00:00Z', atMax: '2026-11-02T07:59:00Z', from: 'customer' }] }] }, /atMax is before at/],
    ['a bound that is not an instant', { ...base, threads: [{ id: 'a', messages: [{ at: '2026-11-02T08:00:00Z', atMax: 'later', from: 'customer' }] }] }, /atMax/],
    ['a range that is not two numbers', { ...base, expect: { responseTimeRange: [60] } }, /responseTimeRange/],
  ];
  it.each(invalid)('rejects %s', (_, json, reason) => {
    const parsed = parseScenario(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('accepts the format\'s optional parts: settings, away with no end, automated, folders', () => {
    const full = {
      ...base, rules: ['R9'], settings: { rateTarget: 0.9, timeTargetSeconds: 900, riskLeadSeconds: 300, windowDays: 30, openingHours: { timeZone: 'Europe/Berlin', days: { mon: [['09:00', '17:00']] } } },
      away: [{ from: '2026-11-01T08:00:00Z' }, { from: '2026-11-01T08:00:00+01:00', to: '2026-11-01T09:00:00.500Z' }],
      threads: [{ id: 'a', folder: 'followup', messages: [{ at: '2026-11-02T08:00:00Z', from: 'page', automated: true }] }],
    };
    const parsed = parseScenario(full);
    expect(parsed.ok).toBe(true);
    const scenario = (parsed as { scenario: Scenario }).scenario;
    expect(scenarioInput(scenario).input.away).toEqual([{ from: Date.parse('2026-11-01T08:00:00Z'), to: null }, { from: Date.parse('2026-11-01T07:00:00Z'), to: Date.parse('2026-11-01T09:00:00.500Z') }]);
  });

  it('a folder with one invalid file: exit 2, the file named with why, the others still checked', () => {
    const dir = folderWith({ 'good.json': { ...base, expect: { requests: 2 } }, 'broken.json': '{ not json', 'README.md': '# not a scenario' });
    const result = checkScenarioFolder(dir);
    expect(result.exitCode).toBe(2);
    expect(result.lines[0]).toMatch(/^INVALID broken\.json: not JSON/);
    expect(result.lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('several folders: an invalid file in one gives exit 2 for the run, and one summary counts every folder', () => {
    const good = folderWith({ 'a.json': { ...base, expect: { requests: 2 } } });
    const broken = folderWith({ 'a.json': '{ not json' });
    const result = checkScenarioFolders([good, broken]);
    expect(result).toMatchObject({ passed: 1, failed: 1, exitCode: 2 });
    expect(result.lines).toEqual([expect.stringMatching(new RegExp(`^INVALID ${path.basename(broken)}/a\\.json: not JSON`)) as unknown as string, '1 passed, 1 failed']);
  });
});

describe('npm run scenarios (the command line)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/tools/scenarios.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('with no folder, checks the shared scenarios (test/scenarios/shared and shared-r13) and passes: exit 0', () => {
    const run = cli();
    expect(run.stdout.trim().split('\n')).toEqual([`${jsonIn(shared).length + jsonIn(sharedR13).length} passed, 0 failed`]);
    expect(run.status).toBe(0);
  }, 30_000);

  it('with several folders, checks them all: lines name each file with its folder, one summary line', () => {
    const first = folderWith({ 'a.json': { ...base, expect: { requests: 3 } } });
    const second = folderWith({ 'a.json': { ...base, expect: { requests: 2 } }, 'b.json': { ...base, expect: { pending: 1 } } });
    const run = cli(first, second);
    expect(run.stdout.trim().split('\n')).toEqual([`FAIL ${path.basename(first)}/a.json: requests expected 3 got 2`, '2 passed, 1 failed']);
    expect(run.status).toBe(1);
  }, 30_000);

  it('prints one FAIL line per failing field and exits 1', () => {
    const dir = folderWith({ 'a.json': { ...base, expect: { requests: 3, badge: true, risk: 'safe' } }, 'b.json': { ...base, expect: { requests: 2 } } });
    const run = cli(dir);
    expect(run.stdout.trim().split('\n')).toEqual([
      'FAIL a.json: requests expected 3 got 2',
      'FAIL a.json: badge expected true got false',
      'FAIL a.json: risk expected safe got recoverable',
      '1 passed, 1 failed',
    ]);
    expect(run.status).toBe(1);
  }, 30_000);

  it('exits 2 and says why when a file is not a valid scenario', () => {
    const run = cli(folderWith({ 'bad.json': { ...base, threads: [{ id: 'a', messages: [{ at: 'yesterday', from: 'customer' }] }] } }));
    expect(run.stdout).toMatch(/^INVALID bad\.json: threads\.0\.messages\.0\.at: "yesterday" is not an ISO instant/m);
    expect(run.status).toBe(2);
  }, 30_000);

  it('the shared scenario files are untouched by the run', () => {
    const contents = () => [shared, sharedR13].flatMap((dir) => jsonIn(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')));
    const before = contents();
    cli();
    expect(contents()).toEqual(before);
  }, 30_000);
});
