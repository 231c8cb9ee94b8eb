import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every user-facing string lives in public/_locales; a key present in one locale must be in all five.
const LOCALES = ['en', 'de', 'it', 'da', 'nb'] as const;
const base = new URL('../../public/_locales/', import.meta.url);
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, base), 'utf8')) as Messages;
const messages = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<(typeof LOCALES)[number], Messages>;

describe('locales', () => {
  it('ships exactly en, de, it, da and nb', () => {
    expect(readdirSync(base).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lang) => {
    const en = Object.keys(messages.en).sort();
    const other = Object.keys(messages[lang]).sort();
    expect({ missing: en.filter((k) => !other.includes(k)), extra: other.filter((k) => !en.includes(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)('%s has no empty message and the same placeholders as en', (lang) => {
    for (const [key, entry] of Object.entries(messages[lang])) {
      expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      const names = (e?: Messages[string]) => Object.keys(e?.placeholders ?? {}).sort();
      expect(names(entry), `${lang}.${key} placeholders`).toEqual(names(messages.en[key]));
      const dollars = (s?: string) => (s?.match(/\$\d/g) ?? []).sort();
      expect(dollars(entry.message), `${lang}.${key} $n`).toEqual(dollars(messages.en[key]?.message));
    }
  });

  it('names the extension and describes it in every language', () => {
    for (const lang of LOCALES) {
      expect(messages[lang].extName?.message).toBe('ReplyClock');
      expect(messages[lang].extDescription?.message.length).toBeGreaterThan(20);
    }
  });
});
