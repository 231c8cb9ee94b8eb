import { beforeEach, describe, expect, it } from 'vitest';
import type { WindowStats } from '@/core/metrics';
import { dailyHistory } from '@/core/pages/history';
import type { PageFigures } from '@/core/pages/page-figures';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { stats } from '../../support/component-fixtures';
import { freshStore } from '../../support/fresh-store';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const settings = { ...DEFAULT_SETTINGS, openingHours: { timeZone: 'UTC', days: {} } };

/** A Page whose figures are exact, except on days ending after `boundedFrom`, whose times are known only within a range. */
function figuresWithBoundsFrom(boundedFrom: number): PageFigures {
  const summary = (at: number): WindowStats => {
    const { threads: _threads, ...figures } = at < boundedFrom ? stats() : stats({ responseTimeRange: [540, 840], responseTimeSeconds: 600 });
    return figures;
  };
  return { pageId: 'p1', settings, summary } as unknown as PageFigures;
}

beforeEach(freshStore);

describe('history: a day whose figure was uncertain stays so (R13)', () => {
  it('keeps the range and says the day was uncertain, today and the cached days alike', async () => {
    const figures = figuresWithBoundsFrom(NOW - 2 * DAY);
    for (const attempt of ['computed', 'cached']) {
      const history = await dailyHistory(figures, NOW);
      const uncertain = history.filter((p) => p.uncertain).map((p) => p.responseTimeRange);
      expect(uncertain, attempt).toEqual([[540, 840], [540, 840], [540, 840]]);
      expect(history[0], attempt).toMatchObject({ uncertain: false, responseTimeRange: [600, 600] });
    }
  });
});
