/**
 * The demo page's own clock: the browser's real time plus an offset that `advance()` grows.
 * Only the page uses it (for the instants it renders and for new messages); the extension
 * under test keeps the browser's real Date.now() — see test/demo/README.md "Time".
 */
let offsetMs = 0;

/** Demo "now" in epoch milliseconds. */
export function demoNow(): number {
  return Date.now() + offsetMs;
}

/** Moves the demo clock forward by `ms` (negative values move it back). */
export function advanceDemoClock(ms: number): void {
  offsetMs += ms;
}

export function demoClockOffset(): number {
  return offsetMs;
}
