/**
 * `npm run bench`: runs every benchmark module (test/bench/*.bench.ts, each default-exporting
 * `() => Promise<BenchFigure[]>`), prints a table against the budgets and writes bench-results.json.
 * Exit status 1 when a figure misses its budget.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';

const RESULT_MARK = '@@bench-result ';

const here = fileURLToPath(new URL('.', import.meta.url));

// Each benchmark module runs in a process of its own: modules install globals (happy-dom's window,
// the fake browser, fake-indexeddb) that would change what the next one measures, or break it.
if (process.argv[2] === '--module') {
  const mod = (await import(pathToFileURL(here + process.argv[3]).href)) as { default: () => Promise<BenchFigure[]> };
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(await mod.default())}\n`);
  process.exit(0);
}

const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const results: BenchFigure[] = [];
for (const file of files) {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--module', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) {
    console.error(`  FAIL ${file}: exit ${child.status}\n${child.stdout}`);
    results.push({ name: `${file} ran`, value: 0, unit: '', budget: 1, better: 'higher', ok: false, runs: 0 });
    continue;
  }
  const figures = JSON.parse(line.slice(RESULT_MARK.length)) as BenchFigure[];
  results.push(...figures);
  for (const f of figures) console.error(`  ${f.ok ? 'ok  ' : 'MISS'} ${f.name}: ${f.value.toFixed(3)} ${f.unit}`);
}
const machine = `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`\nReplyClock benchmarks on ${machine}\n`);
const rows = results.map((f) => [f.ok ? 'ok' : 'MISS', f.name, `${+f.value.toFixed(3)} ${f.unit}`, `${f.better === 'lower' ? '≤' : '≥'} ${f.budget} ${f.unit}`, String(f.runs)]);
const head = ['', 'figure', 'median', 'budget', 'runs'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
const missed = results.filter((f) => !f.ok).length;
console.log(`\n${results.length - missed} within budget, ${missed} over budget (bench-results.json written)`);
process.exit(missed ? 1 : 0);
