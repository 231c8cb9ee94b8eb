/**
 * `npm run --silent read-inbox -- <file.html> --url <inbox URL> [--tz Europe/Oslo] [--now 2026-11-23T12:00:00Z]`
 * Loads a saved inbox page in happy-dom (scripts off, no network; local style sheets of a "complete"
 * save are inlined so getComputedStyle sees the page's classes) and prints what the reader sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readInbox } from '@/core/inbox/read';
import { localTimeZone } from '@/core/time-zone';

function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
}

function usage(message: string): never {
  console.error(`read-inbox: ${message}\nusage: npm run --silent read-inbox -- <file.html> --url <inbox URL> [--tz <IANA zone>] [--now <ISO date | epoch ms>]`);
  process.exit(2);
}

/**
 * happy-dom computes styles in JavaScript, rule by rule: on a real saved page (thousands of atomic
 * rules) that takes minutes. The reader reads only a few properties, so only declarations of those
 * are kept (and custom properties, which they may use). `@layer` blocks are unwrapped because
 * happy-dom ignores rules inside them; fonts, keyframes and other at-rules are dropped.
 */
const READ_PROPERTIES = /^(display|justify-content|align-items|align-self|flex-direction|flex-flow|font-weight|font|position|top|transform|background-color|--[\w-]+)$/i;

function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

export function reduceCss(source: string): string {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  for (let i = 0; i < css.length; ) {
    const brace = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (brace < 0) break;
    if (semicolon >= 0 && semicolon < brace && css.slice(i, semicolon).trim().startsWith('@')) { i = semicolon + 1; continue; }
    const prelude = css.slice(i, brace).trim();
    const end = blockEnd(css, brace);
    const body = css.slice(brace + 1, end);
    i = end + 1;
    if (prelude.startsWith('@')) {
      const inner = /^@(media|supports|container|document)\b/i.test(prelude) || /^@layer\b/i.test(prelude) ? reduceCss(body) : '';
      if (inner) out += /^@layer\b/i.test(prelude) ? inner : `${prelude}{${inner}}`;
      continue;
    }
    const flat = body.replace(/\{[^{}]*\}/g, '');
    const kept = flat.split(';').filter((d) => READ_PROPERTIES.test(d.slice(0, d.indexOf(':')).trim()));
    if (kept.length) out += `${prelude}{${kept.join(';')}}\n`;
  }
  return out;
}

/** Replaces `<link rel=stylesheet href="local.css">` of a saved page by the file's text (never fetched). */
function inlineLocalStyleSheets(html: string, dir: string): string {
  return html.replace(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi, (tag) => {
    const href = /href=["']([^"']+)["']/i.exec(tag)?.[1];
    if (!href || /^[a-z]+:/i.test(href)) return '';
    const path = resolve(dir, decodeURIComponent(href.split('?')[0]!));
    return existsSync(path) ? `<style>${readFileSync(path, 'utf8')}</style>` : '';
  });
}

function reduceStyleBlocks(html: string): string {
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open: string, css: string, close: string) => open + reduceCss(css) + close);
}

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const file = positional[0];
if (!file) usage('no file given');
if (!existsSync(file)) usage(`no such file: ${file}`);
const raw = readFileSync(file, 'utf8');
const url = option('url') ?? /<!-- saved from url=\(\d+\)(\S+) -->/.exec(raw)?.[1] ?? null;
if (!url) usage('no --url given and the file does not say where it was saved from');
const nowText = option('now');
const now = nowText === null ? Date.now() : /^\d+$/.test(nowText) ? Number(nowText) : Date.parse(nowText);
if (!Number.isFinite(now)) usage(`--now is not a date: ${nowText}`);
const timeZone = option('tz') ?? localTimeZone();
try {
  new Intl.DateTimeFormat('en', { timeZone });
} catch {
  usage(`--tz is not a time zone: ${timeZone}`);
}

const window = new Window({
  url,
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
  },
});
window.document.write(reduceStyleBlocks(inlineLocalStyleSheets(raw.replace(/<script\b[\s\S]*?<\/script>/gi, ''), dirname(resolve(file)))));
const snapshot = readInbox(window.document as unknown as Document, url, {
  now,
  timeZone,
  locale: window.document.documentElement.getAttribute('lang'),
  view: window as unknown as globalThis.Window,
});
const output = {
  page: { id: snapshot.page.id },
  channel: snapshot.channel,
  threads: snapshot.threads.map(({ title, lastActivityAt, lastFromPage, unread }) => ({ title, lastActivityAt, lastFromPage, unread })),
  open: snapshot.open && {
    threadId: snapshot.open.threadId,
    title: snapshot.open.title,
    messages: snapshot.open.messages.map(({ id, from, at, atMin, atMax, author, automated }) => ({ id, from, at, atMin, atMax, author, automated })),
  },
  health: snapshot.health,
};
console.log(JSON.stringify(output, null, 2));
await window.happyDOM.close();
