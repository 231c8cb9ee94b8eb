/**
 * The e2e tests' tiny runner API. A test file (test/e2e/*.e2e.ts) registers tests with
 * `test(name, fn)`; `fn` gets a context whose `defer(fn)` registers cleanup (run in reverse
 * order, also when the test fails or times out). test/e2e/run.ts runs them one by one.
 */
export interface TestContext {
  /** Runs `fn` after the test, whatever its outcome (close browsers here). */
  defer(fn: () => unknown): void;
  /** Prints a line under the test's name. */
  log(message: string): void;
}

export interface RegisteredTest {
  name: string;
  file: string;
  timeoutMs: number;
  fn: (t: TestContext) => Promise<void>;
}

export const registered: RegisteredTest[] = [];
let currentFile = '';

export function setCurrentFile(file: string): void {
  currentFile = file;
}

/** Registers a real-browser test. Default timeout 120 s (a loaded 2-core machine is slow). */
export function test(name: string, fn: (t: TestContext) => Promise<void>, options: { timeoutMs?: number } = {}): void {
  registered.push({ name, file: currentFile, timeoutMs: options.timeoutMs ?? 120_000, fn });
}

/** Throws with `message` when `condition` is false (node:assert works as well). */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
