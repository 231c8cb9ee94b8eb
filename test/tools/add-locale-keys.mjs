#!/usr/bin/env node
// Merges locale keys into public/_locales/<lang>/messages.json for all five languages at once.
// Input: a JSON file { "keyName": { "description": "...", "en": "...", "de": "...", "it": "...", "da": "...", "nb": "..." }, ... }
// Written so several people can add strings without overwriting each other's (read-merge-write per file).
import { readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['en', 'de', 'it', 'da', 'nb'];
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const lang of LANGS) {
  const path = new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(path, 'utf8'));
  for (const [key, entry] of Object.entries(input)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`bad key ${key}`);
    const text = entry[lang];
    if (typeof text !== 'string' || !text) throw new Error(`${key}: no ${lang} text`);
    messages[key] = { message: text, ...(entry.description ? { description: entry.description } : {}) };
    if (entry.placeholders) messages[key].placeholders = entry.placeholders;
  }
  const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => (a === 'extName' ? -1 : b === 'extName' ? 1 : a.localeCompare(b))));
  writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
}
console.log(`merged ${Object.keys(input).length} keys into ${LANGS.join(', ')}`);
