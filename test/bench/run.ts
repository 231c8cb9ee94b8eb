/**
 * `npm run bench`: runs every benchmark module (test/bench/*.bench.ts, each default-exporting
 * `() => Promise<BenchFigure[]>`), prints a table against the budgets and writes bench-results.json.
 * Exit status 1 when a figure misses its budget.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const results: BenchFigure[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(here + file).href)) as { default: () => Promise<BenchFigure[]> };
  const figures = await mod.default();
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
