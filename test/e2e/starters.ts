/**
 * A new install has no templates: the user adds starters in the options page. Tests that need
 * suggestions do the same, through the page, in the browser's language (ticked at first).
 */
import type { ChromiumSession } from './chromium';
import { waitFor } from './wait';

export async function addStarterTemplates(browser: ChromiumSession): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await options.click('.starters button');
  await waitFor('the starter templates in the list', () => options.evaluate(() => document.querySelectorAll('.template-row').length >= 6));
  await options.close();
}
