/** The extension's own messages (public/_locales), for checking what a page shows in a language. */
import { readFileSync } from 'node:fs';

export function ownMessage(language: string, key: string): string {
  const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
  const entry = messages[key];
  if (!entry) throw new Error(`no ${language} message ${key}`);
  return entry.message;
}
