/**
 * The extension's own pages read the same in both browsers: no text under 13 px in the popup and
 * the options page (Chrome gives extension pages `body { font-size: 75% }`, Firefox does not),
 * and on the options page a closed confirmation hands the keyboard focus on instead of to <body>.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { addStarterTemplates } from './starters';
import { check, test } from './runner';
import { textsSmallerThan } from './text-sizes';
import { waitFor } from './wait';

const MIN_TEXT_PX = 13;
const seed = { threads: [{ name: 'Sinta Dewi', messages: [{ from: 'customer' as const, text: 'Hi?', minutesAgo: 20 }] }] };

test('chromium: options page text is at least 13 px; Escape on a confirmation leaves the focus on a control', async (t) => {
  const browser = await launchChromium({ demo: { seed } });
  t.defer(() => browser.close());
  await addStarterTemplates(browser);
  const options = await browser.openExtensionPage('options.html');
  await waitFor('the templates to load', () => options.evaluate(() => document.querySelectorAll('.template-row').length));
  const small = await options.evaluate(textsSmallerThan, MIN_TEXT_PX);
  check(small.length === 0, `text under ${MIN_TEXT_PX} px in the options page: ${small.join('; ')}`);

  await options.click('.template-row [data-control="delete"]');
  const onKeep = await waitFor('the focus on "Keep it" in the confirmation', () => options.evaluate(() => ((document.activeElement as HTMLElement | null)?.dataset.control === 'keep' ? document.activeElement!.textContent : '')));
  await options.keyboard.press('Escape');
  const after = await options.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', control: (document.activeElement as HTMLElement | null)?.dataset.control ?? '', confirming: !!document.querySelector('.confirm-text') }));
  t.log(`focus on "${onKeep}" in the confirmation, then on ${after.tag} ${after.control} after Escape`);
  check(!after.confirming, 'Escape did not close the confirmation');
  check(after.tag === 'BUTTON' && after.control === 'delete', `after Escape the focus is on ${after.tag} ${after.control}, not the Delete button`);

  await options.click('.template-row [data-control="edit"]');
  await waitFor('the focus in the editor', () => options.evaluate(() => !!document.activeElement?.closest('.template-editor')));
  await options.keyboard.press('Escape');
  const afterEditor = await options.evaluate(() => ({ editor: !!document.querySelector('.template-editor'), tag: document.activeElement?.tagName ?? '' }));
  check(!afterEditor.editor && afterEditor.tag === 'BUTTON', `after Escape in the editor: editor open ${afterEditor.editor}, focus on ${afterEditor.tag}`);
});

test('chromium: popup text is at least 13 px', async (t) => {
  const browser = await launchChromium({ demo: { seed } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await waitFor('the popup to list Sinta', async () => { await popup.reload(); return waitFor('figures', () => popup.evaluate(() => document.body.innerText.includes('Sinta Dewi')), { timeoutMs: 3000 }).catch(() => false); }, { intervalMs: 1000 });
  const small = await popup.evaluate(textsSmallerThan, MIN_TEXT_PX);
  check(small.length === 0, `text under ${MIN_TEXT_PX} px in the popup: ${small.join('; ')}`);
});

test('firefox: popup and options page text is at least 13 px', async (t) => {
  const browser = await launchFirefox({ demo: { seed } });
  t.defer(() => browser.close());
  const inbox = await browser.openInbox();
  const measure = `(${textsSmallerThan.toString()})(${MIN_TEXT_PX})`;
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await waitFor('the popup to list Sinta', () => popup.evaluate(() => document.body.innerText.includes('Sinta Dewi')));
  const inPopup = await popup.evaluate<string[]>(measure);
  check(inPopup.length === 0, `text under ${MIN_TEXT_PX} px in the popup: ${inPopup.join('; ')}`);
  const options = await browser.openExtensionPage('options.html');
  await waitFor('the settings to load', () => options.evaluate(() => document.querySelectorAll('.settings-form').length));
  const inOptions = await options.evaluate<string[]>(measure);
  check(inOptions.length === 0, `text under ${MIN_TEXT_PX} px in the options page: ${inOptions.join('; ')}`);
});
