/** The built add-on in real Firefox ESR on the demo inbox: it installs, runs and renders. */
import { launchFirefox } from './firefox';
import { ownMessage } from './own-texts';
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

test('firefox: the first-run page, options page and report render, titled in the browser\'s language', async (t) => {
  const browser = await launchFirefox();
  t.defer(() => browser.close());
  for (const [path, titleKey] of [['welcome.html', 'welcome_title'], ['options.html', 'options_heading'], ['report.html', 'report_title']] as const) {
    const page = await browser.openExtensionPage(path);
    const shown = await waitFor(`${path} to render`, () => page.evaluate(() => {
      const text = (document.getElementById('app')?.textContent ?? '').trim();
      return text ? { title: document.title, lang: document.documentElement.lang } : null;
    }));
    check(shown.title === ownMessage('en', titleKey), `${path}: title "${shown.title}"`);
    check(shown.lang.startsWith('en'), `${path}: <html lang="${shown.lang}">`);
  }
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

test('firefox: a backup travels in parts both ways and imports', async (t) => {
  const browser = await launchFirefox({
    demo: { seed: { threads: [{ name: 'Ola Nordmann', messages: [{ from: 'customer', text: 'Hei?', minutesAgo: 30 }, { from: 'page', text: 'Hei!', minutesAgo: 25 }] }] } },
  });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  await waitFor('the content script to mark the page', () => inbox.evaluate(() => document.documentElement.dataset.replyclock));
  await inbox.evaluate(() => window.demoInbox.open('Ola Nordmann'));
  const options = await browser.openExtensionPage('options.html');
  await waitFor('the options page to render', () => options.evaluate(() => document.body.innerText.includes('Export everything')));
  // The options page's own calls, in the protocol's envelopes: export in parts, then the same text back in parts.
  const outcome = await waitFor('an exported backup with Ola to import back', () => options.evaluate(`(async () => {
    const ask = async (type, payload) => { const r = await browser.runtime.sendMessage({ type, payload }); if (!r.ok) throw new Error(r.error); return r.value; };
    const started = await ask('optionsToBackground:export', { format: 'json' });
    let text = '';
    for (let index = 0; index < started.parts; index++) text += (await ask('optionsToBackground:exportPart', { transferId: started.transferId, index })).text;
    if (!text.includes('Ola Nordmann') || text.includes('"messages":[]')) return null;
    const transferId = 'firefox-roundtrip';
    const half = Math.floor(text.length / 2);
    await ask('optionsToBackground:importPart', { transferId, index: 0, text: text.slice(0, half) });
    await ask('optionsToBackground:importPart', { transferId, index: 1, text: text.slice(half) });
    return { bytes: started.bytes, result: await ask('optionsToBackground:import', { transferId, parts: 2 }) };
  })()`));
  t.log(`backup: ${JSON.stringify(outcome)}`);
  const result = (outcome as { result: { ok: boolean; messages?: number; threads?: number } }).result;
  check(result.ok && result.threads === 1 && result.messages === 2, `import answered: ${JSON.stringify(result)}`);
});
