/**
 * The scripted session `npm run demo -- --headless` plays: a list of steps, some of which
 * take screenshots into demo-output/. To add a screenshot (a risk state, the options page…),
 * add a step here: `shot('NN-name.png', (s) => s.browser.openExtensionPage('options.html'))`.
 * Time: the extension uses the browser's real clock, so "time passes" is played by
 * backdating (`minutesAgo`), never by waiting — see README.md "Time".
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../e2e/chromium';
import { waitFor } from '../e2e/wait';

export interface DemoSessionContext {
  browser: ChromiumSession;
  inbox: Page;
  outDir: string;
  /** Screenshot files written so far. */
  shots: string[];
}

export interface DemoStep {
  name: string;
  run(s: DemoSessionContext): Promise<void>;
}

/** Waits until the page has not changed for `quietMs` (the extension has finished drawing). */
export async function settle(page: Page, quietMs = 600): Promise<void> {
  await page.evaluate((quiet) => new Promise<void>((resolve) => {
    let timer = setTimeout(done, quiet);
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() { observer.disconnect(); resolve(); }
  }), quietMs);
}

/** A step that screenshots the page `target` returns (default: the inbox). */
export function shot(file: string, target?: (s: DemoSessionContext) => Promise<Page>): DemoStep {
  return {
    name: `screenshot ${file}`,
    async run(s) {
      const page = target ? await target(s) : s.inbox;
      await settle(page);
      const path = `${s.outDir}/${file}`;
      await page.screenshot({ path });
      s.shots.push(path);
      if (page !== s.inbox) await page.close();
    },
  };
}

/** A step run inside the demo page (use `window.demoInbox` there). */
function act(name: string, script: () => void): DemoStep {
  return { name, run: async (s) => { await s.inbox.evaluate(script); } };
}

export const steps: DemoStep[] = [
  {
    name: 'the extension marks the inbox',
    run: async (s) => { await waitFor('the content script', () => s.inbox.evaluate(() => document.documentElement.dataset.replyclock)); },
  },
  shot('01-inbox.png'),
  act('two customers write (one of them 14 minutes ago, about to be late)', () => {
    window.demoInbox.customerWrites('Henrik Larsen', 'Hej, kan jeg hente i butikken i dag?');
    window.demoInbox.customerWrites('Ida Weber', 'Hallo, wann öffnet ihr morgen?', { minutesAgo: 14 });
  }),
  act('the late conversation is opened', () => window.demoInbox.open('Giulia Romano')),
  {
    name: 'an agent types a reply and presses Enter',
    async run(s) {
      await s.inbox.click('[role="textbox"][data-lexical-editor="true"]');
      await s.inbox.keyboard.type('Ciao Giulia! La spedizione in Italia costa 6,90 €.');
      await s.inbox.keyboard.press('Enter');
    },
  },
  shot('02-inbox-after-reply.png'),
  shot('03-popup.png', (s) => s.browser.openExtensionPage('popup.html', { activeTab: s.inbox, viewport: { width: 420, height: 640 } })),
];

/** Plays `steps` in order, logging each; returns the screenshot paths. */
export async function playSession(context: Omit<DemoSessionContext, 'shots'>, list: DemoStep[] = steps): Promise<string[]> {
  const s: DemoSessionContext = { ...context, shots: [] };
  for (const step of list) {
    console.log(`  · ${step.name}`);
    await step.run(s);
  }
  return s.shots;
}
