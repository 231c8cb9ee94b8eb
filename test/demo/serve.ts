/**
 * Answers requests for the demo inbox at the real inbox URLs, so the shipped manifest (which
 * matches only business.facebook.com / www.facebook.com /latest/inbox/*) is what gets tested.
 * Used by Playwright's `context.route` (Chromium) and by BiDi request interception (Firefox).
 * The page's TypeScript is transpiled on the fly with the project's own `typescript`.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { DemoSeed } from './page/api';
import type { DemoLanguage } from './page/i18n';
import type { DemoBuild } from './page/state';

export type { DemoSeed, SeedThread, SeedMessage } from './page/api';
export type { DemoLanguage } from './page/i18n';
export { DEMO_BUILDS, type DemoBuild } from './page/state';
/** What the demo page starts with: its seed, language and build (each overrides the seed's). */
export interface DemoConfig { seed?: DemoSeed; language?: DemoLanguage; build?: DemoBuild }
export interface DemoResponse { status: number; contentType: string; body: string }

export const DEMO_HOSTS = ['business.facebook.com', 'www.facebook.com'];
/** The URL a tester opens: the real shape, Messenger channel, no conversation selected. */
export const DEMO_INBOX_URL = 'https://business.facebook.com/latest/inbox/messenger?asset_id=111&mailbox_id=111&thread_type=FB_MESSAGE';

const here = fileURLToPath(new URL('.', import.meta.url));
const transpiled = new Map<string, { mtime: number; code: string }>();
/** The demo list renders with Preact, as Meta's inbox renders with React; the page imports it as `preact` (the import map in inbox.html). */
const PREACT_MODULE = join(dirname(createRequire(import.meta.url).resolve('preact/package.json')), 'dist/preact.mjs');

function pageModule(name: string): string | null {
  const file = `${here}page/${name}.ts`;
  let mtime: number;
  try { mtime = statSync(file).mtimeMs; } catch { return null; }
  const cached = transpiled.get(file);
  if (cached?.mtime === mtime) return cached.code;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: file,
  });
  // Extensionless relative imports ('./clock') resolve to /__demo__/clock, served below.
  transpiled.set(file, { mtime, code: outputText });
  return outputText;
}

function inboxHtml(config: DemoConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return readFileSync(`${here}inbox.html`, 'utf8')
    .replace('<!--demo-config-->', `<script type="application/json" id="demo-config">${json}</script>`);
}

/** The demo's answer for `url`, or null when the URL is not the demo's (callers block it). */
export function demoResponse(url: string, config: DemoConfig = {}): DemoResponse | null {
  const u = new URL(url);
  if (u.protocol !== 'https:' || !DEMO_HOSTS.includes(u.hostname)) return null;
  if (u.pathname.startsWith('/latest/inbox/')) return { status: 200, contentType: 'text/html; charset=utf-8', body: inboxHtml(config) };
  const module = /^\/__demo__\/([a-z0-9-]+)(?:\.js)?$/.exec(u.pathname);
  const code = module?.[1] === 'preact' ? readFileSync(PREACT_MODULE, 'utf8') : module ? pageModule(module[1]!) : null;
  if (code !== null) return { status: 200, contentType: 'text/javascript; charset=utf-8', body: code };
  return { status: 404, contentType: 'text/plain', body: 'not part of the demo inbox' };
}
