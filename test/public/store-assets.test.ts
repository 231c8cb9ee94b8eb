/**
 * What the stores receive besides the build: the privacy policy names every permission the
 * manifest asks for, the listing texts exist in the five languages within the stores' limits, and
 * the CHANGELOG's newest entry is the package's version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const LANGUAGES = ['en', 'de', 'it', 'da', 'nb'] as const;

/** A listing's sections: `## Name`, `## Summary`, `## Description`. */
function sections(markdown: string): Record<string, string> {
  const parts = markdown.split(/^## /m).slice(1);
  return Object.fromEntries(parts.map((part) => {
    const [heading, ...body] = part.split('\n');
    return [heading!.trim(), body.join('\n').trim()];
  }));
}

describe('store assets', () => {
  it('the privacy policy names every permission in the manifest', () => {
    const config = read('wxt.config.ts');
    const permissions = JSON.parse(/permissions: (\[[^\]]*\])/.exec(config)![1]!.replace(/'/g, '"')) as string[];
    const policy = read('docs/PRIVACY.md');
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(policy).toContain(`\`${permission}\``);
    expect(policy).toContain('business.facebook.com');
  });

  it.each(LANGUAGES)('the %s listing has a name, a summary within 132 characters and a description', (language) => {
    const listing = sections(read(`docs/store/${language}.md`));
    expect(listing.Name!.length).toBeGreaterThan(0);
    expect(listing.Name!.length).toBeLessThanOrEqual(45);
    expect([...listing.Summary!].length).toBeLessThanOrEqual(132);
    expect(listing.Description!.length).toBeGreaterThan(200);
    if (language !== 'en') expect(listing.Description).not.toBe(sections(read('docs/store/en.md')).Description);
  });

  it('the newest CHANGELOG entry is the package version', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version;
    expect(/^## (\S+)/m.exec(read('docs/CHANGELOG.md'))?.[1]).toBe(version);
  });
});
