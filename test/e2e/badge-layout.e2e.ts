/**
 * The badge never moves the page: Meta's list is virtualised with fixed row heights, so a badge
 * that took room would push a row's content or spill into the next row. At the narrowest list
 * width assumed for Business Suite, every row's box and the boxes of everything in it are the same
 * with the extension's badges as without them (the hosts taken out of the layout in the same
 * frame), each badge lies inside its row and shows its whole line. Chromium and Firefox ESR, each
 * in the five languages (a badge's words differ in length from one to the next).
 */
import type { DemoConfig } from '../demo/serve';
import type { DemoLanguage } from '../demo/page/i18n';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { ownMessage } from './own-texts';
import { check, test } from './runner';
import { waitFor } from './wait';

const LANGUAGES: DemoLanguage[] = ['en', 'de', 'it', 'da', 'nb'];
/** The narrowest conversation list assumed for Business Suite (its list column at a small window). */
const NARROWEST_LIST_PX = 300;
/** One row in each state the badge can show, with the longest durations it writes. */
const SEED_THREADS = [
  { name: 'Reply Soon Rosa', messages: [{ from: 'customer' as const, minutesAgo: 11 }] },
  { name: 'Late Lukas Berger', messages: [{ from: 'customer' as const, minutesAgo: 125 }] },
  { name: 'Closing Carla', messages: [{ from: 'customer' as const, minutesAgo: 23 * 60 + 5 }] },
  { name: 'Closed Cecilie', messages: [{ from: 'customer' as const, minutesAgo: 26 * 60 + 59 }] },
  { name: 'On Time Ola', messages: [{ from: 'customer' as const, minutesAgo: 3 }] },
  { name: 'Answered Anna', messages: [{ from: 'customer' as const, minutesAgo: 50 }, { from: 'page' as const, minutesAgo: 45 }] },
];
const demoIn = (language: DemoLanguage): DemoConfig => ({ language, seed: { duplicateRows: false, threads: SEED_THREADS } });

interface Layout { badges: number; texts: string[]; withBadges: string; withoutBadges: string; problems: string[] }

/** In the page (self-contained: it travels as source to both browsers): the layout with and without the badges. */
function measureLayout(listWidth: number): Layout {
  document.querySelector<HTMLElement>('#demo-root')!.style.gridTemplateColumns = `${listWidth}px 1fr`;
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-replyclock-badge]')].filter((h) => h.closest('div[role="presentation"]'));
  const rows = [...document.querySelectorAll<HTMLElement>('div[role="presentation"]')];
  const box = (e: Element) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(','); };
  const snapshot = () => JSON.stringify(rows.map((row) => ({
    row: `${box(row)} scroll ${row.scrollWidth}×${row.scrollHeight}`,
    parts: [...row.querySelectorAll('*')].filter((e) => !e.closest('[data-replyclock-badge]')).map(box),
  })));
  const withBadges = snapshot();
  const problems: string[] = [];
  const texts: string[] = [];
  for (const host of hosts) {
    const row = host.closest('div[role="presentation"]')!.getBoundingClientRect();
    const badge = host.shadowRoot?.querySelector<HTMLElement>('[role="status"]');
    if (!badge) continue;
    texts.push(badge.textContent ?? '');
    const b = badge.getBoundingClientRect();
    const label = badge.getAttribute('aria-label') ?? '';
    if (b.left < row.left || b.right > row.right + 0.5 || b.top < row.top || b.bottom > row.bottom + 0.5) problems.push(`outside its row: ${badge.textContent} (${box(badge)} in ${row.x},${row.y},${row.width},${row.height})`);
    const cut = [badge, ...badge.querySelectorAll<HTMLElement>('*')].some((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0);
    if (cut) problems.push(`cut short: ${badge.textContent} (${label})`);
    if (b.height > 20) problems.push(`more than one line (${b.height.toFixed(1)} px): ${badge.textContent}`);
  }
  for (const host of hosts) host.style.setProperty('display', 'none', 'important');
  const withoutBadges = snapshot();
  for (const host of hosts) host.style.removeProperty('display');
  return { badges: hosts.length, texts, withBadges, withoutBadges, problems };
}

function checkLayout(where: string, language: DemoLanguage, layout: Layout): void {
  check(layout.badges >= 5, `${where}: expected a badge on each of the 5 waiting rows, found ${layout.badges}`);
  // Measured in the language under test, not the browser's English fallback.
  const late = ownMessage(language, 'badge_state_late');
  check(layout.texts.some((text) => text.includes(late)), `${where}: no badge says "${late}": ${layout.texts.join(' | ')}`);
  check(layout.withBadges === layout.withoutBadges, `${where}: the badges change the rows' boxes:\n  with    ${layout.withBadges}\n  without ${layout.withoutBadges}`);
  check(layout.problems.length === 0, `${where}: ${layout.problems.join('; ')}`);
}

const badgesShown = () => document.querySelectorAll('div[role="presentation"] [data-replyclock-badge]:not([hidden])').length >= 5;

test('chromium: badges add no height to a row and fit the narrowest list, in five languages', async (t) => {
  for (const language of LANGUAGES) {
    const browser = await launchChromium({ uiLanguage: language, demo: demoIn(language) });
    try {
      const inbox = await browser.openInbox();
      await waitFor(`badges on the waiting rows (${language})`, () => inbox.evaluate(badgesShown));
      const layout = await inbox.evaluate(measureLayout, NARROWEST_LIST_PX);
      t.log(`${language}: ${layout.badges} badges`);
      checkLayout(`chromium ${language}`, language, layout);
    } finally {
      await browser.close();
    }
  }
}, { timeoutMs: 240_000 });

test('firefox: badges add no height to a row and fit the narrowest list, in five languages', async (t) => {
  // As source text: bundler helpers (__name) the functions may carry do not exist in the page.
  const inPage = (call: string) => `(() => { globalThis.__name ??= (f) => f; return ${call}; })()`;
  for (const language of LANGUAGES) {
    const browser = await launchFirefox({ uiLanguage: language, demo: demoIn(language) });
    try {
      const inbox = await browser.openInbox();
      await waitFor(`badges on the waiting rows (${language})`, () => inbox.evaluate<boolean>(inPage(`(${badgesShown})()`)));
      const layout = await inbox.evaluate<Layout>(inPage(`(${measureLayout})(${NARROWEST_LIST_PX})`));
      t.log(`${language}: ${layout.badges} badges`);
      checkLayout(`firefox ${language}`, language, layout);
    } finally {
      await browser.close();
    }
  }
}, { timeoutMs: 240_000 });
