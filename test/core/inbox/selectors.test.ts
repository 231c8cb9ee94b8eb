// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SELECTOR_FIXTURES } from '@/core/inbox/selectors';
import { FIXTURES, loadFixture } from '../../support/load-fixture';

describe('every selector matches its fixtures the stated number of times', () => {
  const cases = SELECTOR_FIXTURES.flatMap(({ name, selector, counts }) => Object.entries(counts).map(([fixture, count]) => ({ name, selector, fixture, count })));
  it.each(cases)('$name in $fixture: $count', ({ selector, fixture, count }) => {
    const { document } = loadFixture(fixture);
    expect(document.querySelectorAll(selector).length).toBe(count);
  });

  it('names only fixtures that exist, and every fixture is used', () => {
    const named = new Set(SELECTOR_FIXTURES.flatMap((s) => Object.keys(s.counts)));
    for (const f of named) expect(FIXTURES).toContain(f);
    expect([...named].sort()).toEqual(FIXTURES);
  });
});
