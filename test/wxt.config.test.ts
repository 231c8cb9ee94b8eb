import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type ManifestOf = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;

/** The manifest keys the config writes for one build target. */
function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return (config.manifest as ManifestOf)({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

describe('wxt.config: the manifest', () => {
  // A private window's inbox must not be read into the normal profile's store (nor a split copy kept).
  it.each(['chrome', 'firefox'] as const)('keeps the extension out of private windows in %s', (browser) => {
    expect(manifestFor(browser).incognito).toBe('not_allowed');
  });
});
