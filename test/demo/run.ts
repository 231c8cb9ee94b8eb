/**
 * `npm run demo`: builds the extension and opens Debian's Chromium with it on the demo inbox
 * (served at the real inbox URL), for a person to try — `window.demoInbox` in the page's
 * console scripts customers (see README.md). Needs a display (`xvfb-run -a npm run demo` on a
 * server). `npm run demo -- --headless` instead plays the scripted session in session.ts
 * and writes screenshots to demo-output/. `-- --no-ids` shows the id-less build of 2026.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { ROOT } from '../e2e/build';
import '../e2e/processes';
import { playSession } from './session';

const headless = process.argv.includes('--headless');
/** `-- --no-ids`: the transcript as Meta's id-less build of 2026 draws it (README.md). */
const build = process.argv.includes('--no-ids') ? 'no-ids' as const : undefined;
const outDir = `${ROOT}demo-output`;

if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display. Run `xvfb-run -a npm run demo` (apt-get install xvfb), or `npm run demo -- --headless` for screenshots in demo-output/.');
  process.exit(1);
}

const session = { browser: await launchChromium({ headless, demo: { build } }), inbox: null as unknown as Page, outDir };
try {
  session.inbox = await session.browser.openInbox();
  if (headless) {
    mkdirSync(outDir, { recursive: true });
    const started = Date.now();
    const { shots } = await playSession(session);
    console.log(`Wrote ${shots.length} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${shots.map((f) => `  ${f}`).join('\n')}`);
  } else {
    await session.inbox.bringToFront();
    console.log('The demo inbox is open. Script it from the page console, e.g. demoInbox.customerWrites("Sinta Dewi", "Hello?").');
    console.log('Close the browser window to end.');
    await new Promise<void>((resolve) => session.browser.context.on('close', () => resolve()));
  }
} finally {
  await session.browser.close().catch(() => {});
}
