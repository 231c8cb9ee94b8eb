/** The built add-on in real Firefox ESR on the demo inbox: it installs, runs and renders. */
import { launchFirefox } from './firefox';
import { check, test } from './runner';
import { waitFor } from './wait';

test('firefox: add-on installs, content script runs on the inbox, popup renders', async (t) => {
  const browser = await launchFirefox();
  t.defer(() => browser.close());

  const inbox = await browser.openInbox();
  await waitFor('the content script to mark the page', () => inbox.evaluate(() => document.documentElement.dataset.replyclock));

  const popup = await browser.openExtensionPage('popup.html');
  await waitFor('the popup to render', () => popup.evaluate(() => (document.getElementById('app')?.textContent ?? '').trim().length > 0));

  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});

test('firefox: badges on a waiting conversation, the popup over the inbox lists it', async (t) => {
  const browser = await launchFirefox({
    demo: { language: 'de', seed: { threads: [{ name: 'Lukas Berger', messages: [{ from: 'customer', text: 'Hallo?', minutesAgo: 20 }] }] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const badge = await waitFor('an inline badge in the row', () => inbox.evaluate(() => {
    const row = document.querySelector('div[role="presentation"]');
    const hosts = [...(row?.querySelectorAll('*') ?? [])].filter((e) => e.shadowRoot);
    return hosts.map((h) => [...h.shadowRoot!.children].filter((c) => c.tagName !== 'STYLE').map((c) => c.textContent).join(' ')).join(' ').trim();
  }));
  t.log(`badge: ${badge}`);
  // The page is German (the reader must cope); the badge speaks the browser's language (en-GB).
  check(/late/i.test(badge) && /20\smin/.test(badge), `the badge should show a late 20-minute wait: ${badge}`);

  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await waitFor('the popup to list Lukas Berger as waiting', () => popup.evaluate(() => document.body.innerText.includes('Lukas Berger')));
  check(browser.blockedRequests.length === 0, `unexpected network requests: ${browser.blockedRequests.join(', ')}`);
});
