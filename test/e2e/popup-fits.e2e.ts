/**
 * The toolbar popup is at most 600 px tall: its ordinary states (nobody waiting, a few waiting,
 * ten waiting with suggestions for the open conversation, the uncertain badge with what would
 * settle it, the first run while it is still learning) fit, the suggestions start within that
 * first screen, and no text in it is under 13 px (Chrome's extension pages shrink body text).
 */
import type { DemoConfig } from '../demo/serve';
import { UNCERTAIN_DEMO } from '../demo/uncertain-seed';
import { launchChromium } from './chromium';
import { addStarterTemplates } from './starters';
import { popupShows } from './popup';
import { readEveryConversation } from './read-all';
import { check, test } from './runner';
import { textsSmallerThan } from './text-sizes';
import { waitFor } from './wait';

const POPUP_MAX_HEIGHT = 600;
const waiting = (name: string, minutesAgo: number, text = 'Hi, a question?') => ({ name, messages: [{ from: 'customer' as const, text, minutesAgo }] });
const NAMES = ['Sinta Dewi', 'Ola Nordmann', 'Lukas Berger', 'Giulia Romano', 'Mette Hansen', 'Kari Nilsen', 'Anna Schmidt', 'Marco Rossi', 'Jens Jensen', 'Emma Larsen'];

/**
 * `readAll`: every conversation opened first (a verdict needs them read); `shows`: what the popup
 * must say before it is measured; `uiLanguage`: the browser's language (German words run longest).
 */
const STATES: Array<{ name: string; demo: DemoConfig; suggestions: boolean; readAll?: boolean; shows?: string; uiLanguage?: string }> = [
  { name: 'nobody waiting', suggestions: false, demo: { seed: { threads: [{ name: 'Sinta Dewi', messages: [
    { from: 'customer', text: 'Hello?', minutesAgo: 50 }, { from: 'page', text: 'Hi Sinta!', minutesAgo: 46 }] }] } } },
  { name: 'a few waiting', suggestions: false, demo: { seed: { threads: [waiting('Sinta Dewi', 20), waiting('Ola Nordmann', 9), waiting('Lukas Berger', 2)] } } },
  { name: 'ten waiting with suggestions', suggestions: true, demo: { seed: {
    open: 'Sinta Dewi',
    threads: NAMES.map((name, i) => waiting(name, 3 + i * 4, i === 0 ? 'Do you ship to Oslo? How long does delivery take?' : 'Hi, a question?')),
  } } },
  { name: 'ten waiting with suggestions, in German', suggestions: true, uiLanguage: 'de', demo: { language: 'de', seed: {
    open: 'Sinta Dewi',
    threads: NAMES.map((name, i) => waiting(name, 3 + i * 4, i === 0 ? 'Liefert ihr nach Wien? Wie lange dauert der Versand?' : 'Hallo, eine Frage?')),
  } } },
  { name: 'the badge uncertain', suggestions: false, readAll: true, shows: 'timed only within a range', demo: UNCERTAIN_DEMO },
  // The first thing a new user sees: nothing read yet, a list of conversations to open.
  { name: 'the first run, still learning', suggestions: false, shows: 'Still learning', demo: { seed: { threads: Array.from({ length: 24 }, (_, i) => ({
    name: `Customer ${i + 1}`, messages: [{ from: 'customer' as const, minutesAgo: (i + 1) * 24 * 60 }, { from: 'page' as const, minutesAgo: (i + 1) * 24 * 60 - 4 }] })) } } },
];

for (const state of STATES) {
  test(`chromium: the popup fits ${POPUP_MAX_HEIGHT} px with ${state.name}`, async (t) => {
    const browser = await launchChromium({ demo: state.demo, uiLanguage: state.uiLanguage });
    t.defer(() => browser.close());
    if (state.suggestions) await addStarterTemplates(browser);
    const inbox = await browser.openInbox();
    if (state.readAll) await readEveryConversation(inbox);
    const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox, viewport: { width: 800, height: POPUP_MAX_HEIGHT } });
    await popupShows(popup, 'the popup with its figures', (text) => (!state.suggestions || text.includes(NAMES[9]!)) && (!state.shows || text.includes(state.shows)));
    if (state.suggestions) {
      await waitFor('suggestions in the popup', async () => {
        await popup.reload();
        return waitFor('the suggestions to load', () => popup.evaluate(() => document.querySelectorAll('.suggestion').length), { timeoutMs: 5000 }).catch(() => 0);
      }, { intervalMs: 1000 });
    }
    if (state.suggestions) {
      // A suggestion is told apart by its title: it is never cut, in any language.
      const cut = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.suggestion-action')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      check(cut.length === 0, `${state.name}: suggestion titles cut: ${cut.join('; ')}`);
    }
    const layout = await popup.evaluate(() => ({
      height: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
      suggestionTop: document.querySelector('.suggestion')?.getBoundingClientRect().top ?? null,
    }));
    t.log(`${state.name}: ${layout.height} px tall, first suggestion at ${layout.suggestionTop ?? '-'} px`);
    check(layout.height <= POPUP_MAX_HEIGHT, `${state.name}: the popup is ${layout.height} px tall`);
    if (state.suggestions) check(layout.suggestionTop !== null && layout.suggestionTop < POPUP_MAX_HEIGHT - 40, `${state.name}: the first suggestion starts at ${layout.suggestionTop} px`);
    const small = await popup.evaluate(textsSmallerThan, 13);
    check(small.length === 0, `text under 13 px in the popup: ${small.join('; ')}`);
  });
}
