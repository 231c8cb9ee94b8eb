/**
 * The page cannot stop ReplyClock: WXT ends a content script's context when the document receives
 * its "newer content script started" event, and the script posts that event's name to the window
 * when it starts, so any page can learn it and send it back. Here the page does exactly that; the
 * badges must stay and what happens next must still be recorded.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { popupShows } from './popup';
import { check, test } from './runner';
import { waitFor } from './wait';

const SEED = { open: 'Lars Berg', threads: [
  { name: 'Sinta Dewi', messages: [{ from: 'customer' as const, text: 'Do you ship to Oslo?', minutesAgo: 5 }] },
  // Answered two days ago: his next message opens a new request (R1), so the popup lists him as waiting.
  { name: 'Lars Berg', messages: [{ from: 'customer' as const, minutesAgo: 3000 }, { from: 'page' as const, minutesAgo: 2990 }] },
] };

/** Every inline badge's text (they live in open shadow roots), for the page to evaluate. */
const BADGES = `[...document.querySelectorAll('[data-replyclock-badge]')].filter((h) => !h.hidden && h.shadowRoot)
  .map((h) => [...h.shadowRoot.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent).join(' ')).join(' | ')`;

/** What a hostile page does with the name it learned: dispatch the event and post the message. */
function sendStopEvent(type: string): string {
  return `(() => {
    const type = ${JSON.stringify(type)};
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'inbox', messageId: 'the-page' } }));
    window.postMessage({ type, contentScriptName: 'inbox', messageId: 'the-page' }, '*');
    return true;
  })()`;
}

test('chromium: the page sending WXT\'s "newer content script started" event stops nothing', async (t) => {
  const browser = await launchChromium({ demo: { seed: SEED } });
  t.defer(() => browser.close());
  // The page listens to its own window, as any page may, and learns the event's name.
  await browser.context.addInitScript(`window.addEventListener('message', (e) => {
    if (typeof e.data?.type === 'string' && e.data.type.endsWith('wxt:content-script-started')) window.__learnedStopEvent = e.data.type;
  });`);
  const inbox: Page = await browser.openInbox();
  const before = await waitFor('a badge on the waiting row', async () => ((await inbox.evaluate(BADGES)) as string).includes('min') ? inbox.evaluate(BADGES) as Promise<string> : null);
  const learned = await waitFor('the page to learn the event name', () => inbox.evaluate('window.__learnedStopEvent') as Promise<string | undefined>);
  t.log(`the page learned "${learned}"`);

  await inbox.evaluate(sendStopEvent(learned));
  await inbox.evaluate(() => window.demoInbox.customerWrites('Lars Berg', 'One more question'));

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'the new message recorded: Lars waits', (text) => text.includes('Lars Berg') && text.includes('Sinta Dewi'));
  const after = (await inbox.evaluate(BADGES)) as string;
  check(after.includes('min') && after.split('|').length >= before.split('|').length, `badges went away after the page's event: before "${before}", after "${after}"`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
});

test('firefox: the page sending WXT\'s "newer content script started" event stops nothing', async (t) => {
  const browser = await launchFirefox({ demo: { seed: SEED } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const badges = async () => String(await inbox.evaluate(BADGES));
  const before = await waitFor('a badge on the waiting row', async () => ((await badges()).includes('min') ? badges() : null));
  // The name holds the add-on's id, which its manifest makes public; the script also posts it on start.
  await inbox.evaluate(sendStopEvent(`${browser.addonId}:inbox:wxt:content-script-started`));
  await inbox.evaluate(`window.demoInbox.customerWrites('Lars Berg', 'One more question')`);

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const url = String(await popup.evaluate('location.href'));
  await waitFor('the new message recorded: Lars waits', async () => {
    await popup.navigate(url);
    // The overview, with a verdict or still learning (R14): the waiting list is in both.
    const text = String(await waitFor('the popup to render the overview', async () => {
      const shown = String(await popup.evaluate("document.getElementById('waiting-heading') ? document.body.innerText : ''"));
      return shown;
    }));
    return text.includes('Lars Berg') && text.includes('Sinta Dewi');
  }, { intervalMs: 1000 });
  const after = await badges();
  check(after.includes('min') && after.split('|').length >= before.split('|').length, `badges went away after the page's event: before "${before}", after "${after}"`);
  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});
