/**
 * Every browser process a test starts is registered here and killed when the runner exits,
 * also on failure, timeout, Ctrl-C or an uncaught error — no orphaned browsers on CI.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const live = new Set<ChildProcess>();
const tempDirs = new Set<string>();

export function trackProcess(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
}

export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
}

/** Kills a process group (browsers fork helpers) and forgets it. */
export function killProcess(child: ChildProcess): void {
  live.delete(child);
  if (child.exitCode !== null || child.pid === undefined) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch { /* already gone */ } }
}

export function removeTempDir(dir: string): void {
  tempDirs.delete(dir);
  try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
}

function killAll(): void {
  for (const child of [...live]) killProcess(child);
  for (const dir of [...tempDirs]) removeTempDir(dir);
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { killAll(); process.exit(130); });
}
