/**
 * The shipped builds (chrome-mv3, firefox-mv2) as a reviewer would check them: the manifests
 * exactly as expected — permissions, hosts, content-script matches, CSP, web-accessible
 * resources — so that any change to them is a conscious edit of this file; and no code
 * evaluation, no remote script and no foreign host in any bundle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtCopy, type Target } from './build';
import { check, test } from './runner';

import { readManifest } from '../security/built-extension';

// The version is the package's (docs/CHANGELOG.md); everything else here is reviewed by hand.
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const INBOX = ['https://business.facebook.com/latest/inbox/*', 'https://www.facebook.com/latest/inbox/*'];
const CONTENT_SCRIPTS = [{ matches: INBOX, run_at: 'document_idle', js: ['content-scripts/inbox.js'] }];
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** The manifests as shipped. No CSP key (the browsers' strict default applies), no web-accessible resources. */
const EXPECTED: Record<Target, Record<string, unknown>> = {
  chrome: {
    manifest_version: 3, name: '__MSG_extName__', description: '__MSG_extDescription__', version: PACKAGE_VERSION, default_locale: 'en', icons: ICONS,
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: INBOX,
    incognito: 'not_allowed',
    action: { default_title: 'ReplyClock', default_popup: 'popup.html' },
    background: { service_worker: 'background.js' },
    options_ui: { page: 'options.html' },
    content_scripts: CONTENT_SCRIPTS,
  },
  firefox: {
    manifest_version: 2, name: '__MSG_extName__', description: '__MSG_extDescription__', version: PACKAGE_VERSION, default_locale: 'en', icons: ICONS,
    permissions: ['storage', 'alarms', 'notifications', ...INBOX],
    incognito: 'not_allowed',
    browser_specific_settings: { gecko: { id: 'replyclock@replyclock.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } },
    background: { scripts: ['background.js'] },
    browser_action: { default_title: 'ReplyClock', default_popup: 'popup.html' },
    options_ui: { page: 'options.html' },
    content_scripts: CONTENT_SCRIPTS,
  },
};

/** Deep equality with sorted object keys, so key order in the file does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v), 2);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** URLs a bundle may mention: the inbox it runs on (matches, links to it) and XML namespaces (Preact's SVG/MathML). */
const ALLOWED_URL = /^https:\/\/(business|www)\.facebook\.com\/latest\/inbox\/|^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/;

/** What a bundle must not contain: code evaluation, network APIs other than the module-preload of own chunks, remote scripts. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval()', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor', /(^|[^.\w$])Function\s*\(\s*["'`]/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['importScripts', /importScripts/],
  ['<all_urls>', /<all_urls>/],
  ['remote import', /import\s*\(?\s*["'`]https?:/],
  ['remote script tag', /<script[^>]+src=["']?https?:/i],
];

for (const target of ['chrome', 'firefox'] as const) {
  test(`security: the ${target} manifest is exactly the reviewed one`, async () => {
    const manifest = readManifest(builtCopy(target));
    check(canonical(manifest) === canonical(EXPECTED[target]),
      `the shipped ${target} manifest changed — if on purpose, update EXPECTED in test/e2e/security-build.e2e.ts:\n${canonical(manifest)}`);
    check(!('content_security_policy' in manifest) && !('web_accessible_resources' in manifest) && !('externally_connectable' in manifest),
      'CSP, web-accessible resources or external connections were added');
  });

  test(`security: no eval, remote script, foreign host or <all_urls> in the ${target} bundles`, async (t) => {
    const dist = builtCopy(target);
    const files = filesUnder(dist).filter((f) => /\.(js|html|json)$/.test(f));
    check(files.some((f) => f.endsWith('content-scripts/inbox.js')), 'no content script in the build');
    const problems: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const name = relative(dist, file);
      for (const [what, pattern] of FORBIDDEN) if (pattern.test(code)) problems.push(`${name}: ${what}`);
      for (const [url] of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]*/g)) if (!ALLOWED_URL.test(url)) problems.push(`${name}: mentions ${url}`);
    }
    t.log(`${files.length} files checked`);
    check(problems.length === 0, problems.join('\n'));
  });
}
