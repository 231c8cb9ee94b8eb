/** Loads a fixture page of test/fixtures/inbox into its own happy-dom window at the URL it names. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { ReadContext } from '@/core/inbox/read-context';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/inbox/');
export const FIXTURES = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
/** Monday 23 November 2026, 12:00 UTC — the "now" every fixture was written for. */
export const FIXTURE_NOW = Date.UTC(2026, 10, 23, 12, 0);

export interface LoadedFixture { window: Window; document: Document; url: string; ctx: ReadContext }

export function loadFixture(name: string, timeZone = 'Europe/Oslo'): LoadedFixture {
  const html = readFileSync(FIXTURE_DIR + name, 'utf8');
  const url = /<!-- URL: (\S+) -->/.exec(html)?.[1];
  if (!url) throw new Error(`${name} names no URL`);
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  window.document.write(html);
  const document = window.document as unknown as Document;
  return { window, document, url, ctx: { now: FIXTURE_NOW, timeZone, locale: document.documentElement.lang, view: window as unknown as globalThis.Window } };
}
