// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { latestCustomerText } from '@/core/inbox/latest-customer-text';
import { loadFixture } from '../../support/load-fixture';

const latest = (name: string) => {
  const { document, ctx } = loadFixture(name);
  return latestCustomerText(document, ctx);
};

describe('latestCustomerText (for ranking templates)', () => {
  it('finds the customer\'s latest words on a build without ids, and on one with ids over runs', () => {
    expect(latest('de-no-ids.html')).toBe('Super, danke! Ich melde mich an.');
    expect(latest('it-ids-on-groups.html')).toBe('Avete anche un catalogo?');
  });

  it('is null when the latest customer message is a sticker, or no conversation is open', () => {
    expect(latest('en-messenger-open.html')).toBeNull();
    expect(latest('en-all-list-only.html')).toBeNull();
  });
});
