import { describe, expect, it } from 'vitest';
import { formatDurationRange as formatRange, formatFigureDuration as formatFigure } from '@/components/display-format';

/** No-break spaces (they hold a number to its unit) read as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const formatFigureDuration = (...args: Parameters<typeof formatFigure>) => plain(formatFigure(...args));
const formatDurationRange = (...args: Parameters<typeof formatRange>) => plain(formatRange(...args));

describe('a duration beside its target', () => {
  it('a figure over the target never reads as the target', () => {
    expect(formatFigureDuration(938, 900, 'en')).toBe('15 min 38 sec');
    expect(formatFigureDuration(900.4, 900, 'en')).toBe('15 min 1 sec');
    expect(formatFigureDuration(3630, 3600, 'en')).toBe('1 hr 1 min');
  });

  it('a figure within the target keeps whole minutes', () => {
    expect(formatFigureDuration(899, 900, 'en')).toBe('14 min');
    expect(formatFigureDuration(900, 900, 'en')).toBe('15 min');
    expect(formatFigureDuration(1000, 900, 'en')).toBe('16 min');
  });

  it('a range shows both ends only when they read differently', () => {
    expect(formatDurationRange(540, 840, 900, 'en')).toBe('9–14 min');
    expect(formatDurationRange(600, 630, 900, 'en')).toBe('10 min');
    expect(formatDurationRange(880, 938, 900, 'en')).toBe('14 min – 15 min 38 sec');
    expect(formatDurationRange(540, 840, 900, 'de')).toBe('9–14 Min.');
  });
});
