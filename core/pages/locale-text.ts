/** User-facing text from public/_locales in the browser's language, for the worker's notifications, badge titles and errors. */
import { browser } from 'wxt/browser';
import { translator } from '@/core/i18n';

export const localeText = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions as never));
