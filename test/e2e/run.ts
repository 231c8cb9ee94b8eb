/**
 * `npm run test:e2e [filter…]`: imports every test/e2e/*.e2e.ts (or those whose file or test
 * name contains a filter), runs the tests one after another, prints ✓/✗ per test and a last
 * line `e2e: N passed, N failed`, and writes test-output/e2e-results.json for run-all.sh.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './build';
import './processes';
import { registered, setCurrentFile, type TestContext } from './runner';
import { withTimeout } from './wait';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const filters = process.argv.slice(2);

for (const file of readdirSync(here).filter((f) => f.endsWith('.e2e.ts')).sort()) {
  setCurrentFile(file);
  await import(pathToFileURL(here + file).href);
}
const selected = registered.filter((t) => filters.length === 0 || filters.some((f) => t.file.includes(f) || t.name.includes(f)));

// Build before the first test starts its clock (a failure is reported by each test that needs it).
if (selected.length > 0) {
  for (const target of ['chrome', 'firefox'] as const) {
    try { ensureBuilt(target); } catch { /* remembered by ensureBuilt */ }
  }
}

let passed = 0;
const failures: { name: string; error: string }[] = [];
const started = Date.now();
for (const t of selected) {
  const cleanups: (() => unknown)[] = [];
  const context: TestContext = {
    defer: (fn) => cleanups.push(fn),
    log: (message) => console.log(`    ${message}`),
  };
  const begin = Date.now();
  let error: unknown = null;
  try {
    await withTimeout(t.fn(context), t.timeoutMs, `test "${t.name}"`);
  } catch (e) {
    error = e;
  }
  for (const cleanup of cleanups.reverse()) {
    try { await withTimeout(Promise.resolve().then(cleanup), 30_000, 'cleanup'); } catch (e) { console.error(`    cleanup failed: ${String(e)}`); }
  }
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  if (error === null) {
    passed += 1;
    console.log(`  ✓ ${t.file} › ${t.name} (${seconds} s)`);
  } else {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push({ name: `${t.file} › ${t.name}`, error: text });
    console.log(`  ✗ ${t.file} › ${t.name} (${seconds} s)\n${text.split('\n').map((l) => `      ${l}`).join('\n')}`);
  }
}

mkdirSync(`${root}test-output`, { recursive: true });
writeFileSync(`${root}test-output/e2e-results.json`, JSON.stringify({ passed, failed: failures.length, failures, seconds: (Date.now() - started) / 1000 }, null, 2) + '\n');
console.log(`e2e: ${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failures.length > 0 || selected.length === 0 ? 1 : 0);
