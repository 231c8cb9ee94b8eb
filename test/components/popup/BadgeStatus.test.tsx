// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatClock } from '@/components/display-format';
import { BadgeStatus } from '@/components/popup/BadgeStatus';
import type { Stats } from '@/core/metrics';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { LOCALES, renderIn, type Locale } from '../../support/locale-render';
import { NOW, stats } from '../../support/component-fixtures';

const MIN = 60_000;

const show = (overrides: Partial<Stats>, locale: Locale = 'en') =>
  renderIn(locale, <BadgeStatus stats={stats(overrides)} settings={DEFAULT_SETTINGS} now={NOW} awayUntil={null} />);
/** The figure's text with no-break spaces read as spaces (they hold a number to its unit). */
const timeFigure = (el: HTMLElement) => el.querySelectorAll('.figure')[1]!.textContent!.replace(/\u00a0/g, ' ');

/** Nine answers known to the minute: the time lies between 10 and 17 min, across the 15-min target. */
const straddling: Partial<Stats> = { responseTimeSeconds: 600, responseTimeRange: [600, 1000], badge: true, badgeStatus: 'uncertain', risk: 'safe' };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('BadgeStatus: honest figures (R13)', () => {
  it('a time over its target never reads as the target', () => {
    const el = show({ responseTimeSeconds: 938, responseTimeRange: [938, 938], badge: false, badgeStatus: 'not-earned', risk: 'not-earned', answersNeeded: 0 });
    expect(timeFigure(el)).toBe('Response time15 min 38 sec target 15 min not met');
  });

  it('shows the range when its ends read differently, and a range within the target is met', () => {
    const el = show({ responseTimeSeconds: 660, responseTimeRange: [540, 840] });
    expect(timeFigure(el)).toBe('Response time9–14 min target 15 min met');
  });

  it('an uncertain badge says so, in the heading and beside the time, never "earned"', () => {
    const el = show(straddling);
    expect(el.querySelector('h2.risk')?.textContent).toContain('badge uncertain');
    expect(el.querySelector('h2.risk')?.textContent).not.toContain('badge earned');
    expect(timeFigure(el)).toBe('Response time10–16 min target 15 min maybe met');
    expect(el.querySelectorAll('.figure')[1]!.classList.contains('uncertain')).toBe(true);
    expect(el.querySelector('.advice')?.textContent).toBe(
      'Answer new messages within 15\u00a0min to be sure.',
    );
  });

  it('with conversations waiting and the deadline uncertain, the advice gives the time that holds even in the worst case', () => {
    const el = show({ ...straddling, pending: 2, risk: 'at-risk', answerAllBy: NOW + 9 * MIN, answerAllByUncertain: true, answerAllBySlowEnd: NOW + 4 * MIN });
    expect(el.querySelector('.advice')?.textContent).toBe(`Answer the 2 waiting conversations by ${formatClock(NOW + 4 * MIN, 'en')} to keep the badge even in the worst case.`);
  });

  it('when the risk word is uncertain and no time settles it, the advice says it may be off', () => {
    const el = show({ pending: 1, risk: 'at-risk', answerAllBy: null, riskUncertain: true });
    expect(el.querySelector('.advice')?.textContent).toBe('Answer the waiting conversation now to keep the badge. Some times are known only within a range, so this may be off.');
  });

  it.each(LOCALES)('%s: the uncertain badge, its range and its advice are translated', (locale) => {
    const el = show({ ...straddling, pending: 1, risk: 'at-risk', answerAllBy: NOW + 9 * MIN, answerAllByUncertain: true, answerAllBySlowEnd: NOW + 4 * MIN }, locale);
    expect(el.querySelector('h2.risk')?.textContent).not.toContain('popup_');
    expect(el.querySelector('.advice')?.textContent).toContain(formatClock(NOW + 4 * MIN, locale));
  });
});
