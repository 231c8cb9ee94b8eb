import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder } from './sources';

describe('sourcesUnder', () => {
  const underTest = sourcesUnder('test');

  it('lists .ts and .tsx files at any depth, as paths from the project root', () => {
    expect(underTest).toEqual(expect.arrayContaining(['test/setup.ts', 'test/core/layers.test.ts', 'test/support/locale-render.tsx']));
  });

  it('leaves out every other kind of file', () => {
    expect(underTest.filter((file) => !/\.tsx?$/.test(file))).toEqual([]);
  });

  it('names files readSource can read', () => {
    expect(readSource('test/support/sources.ts')).toContain('export function sourcesUnder');
  });
});
