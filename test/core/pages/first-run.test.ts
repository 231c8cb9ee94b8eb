import { describe, expect, it } from 'vitest';
import { firstRunPageAfter } from '@/core/pages/first-run';

describe('firstRunPageAfter', () => {
  it('opens the first-run page after a new install only, not after an update or a browser update', () => {
    expect(firstRunPageAfter('install')).toBe('/welcome.html');
    expect(firstRunPageAfter('update')).toBeNull();
    expect(firstRunPageAfter('browser_update')).toBeNull();
    expect(firstRunPageAfter('chrome_update')).toBeNull();
  });
});
