import { describe, expect, it } from 'vitest';
import { actionBadgeFor, RISK_COLOURS } from '@/core/pages/action-badge';
import { dueWarnings } from '@/core/pages/warnings';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { NOW, stats } from '../../support/component-fixtures';

const MIN = 60_000;
const warningsFor = (overrides: Parameters<typeof stats>[0]) =>
  dueWarnings({ pageId: '111', settings: { ...DEFAULT_SETTINGS, notifications: true }, stats: stats(overrides), states: [], awayByHand: false, now: NOW });

describe('a risk the bounded times leave open (R13) is never claimed', () => {
  it('the toolbar says the risk is not certain, and does not show "safe" green', () => {
    const badge = actionBadgeFor(stats({ risk: 'safe', riskUncertain: true }), []);
    expect(badge.title).toBe('action_title_none: action_risk_uncertain: action_risk_safe');
    expect(badge.colour).toBe(RISK_COLOURS['at-risk']);
  });

  it('a certain risk keeps its own words and colour', () => {
    const badge = actionBadgeFor(stats({ risk: 'safe' }), []);
    expect(badge).toMatchObject({ title: 'action_title_none: action_risk_safe', colour: RISK_COLOURS.safe });
  });

  it('warns that the badge may be at risk, with the deadline that holds even at the slow end', () => {
    const [warning] = warningsFor({ risk: 'safe', riskUncertain: true, pending: 1, answerAllBy: NOW + 30 * MIN, answerAllByUncertain: true, answerAllBySlowEnd: NOW + 4 * MIN });
    expect(warning).toMatchObject({ title: 'notify_maybe_at_risk_title', message: 'notify_at_risk_message: 4' });
  });

  it('a certain at-risk Page is warned as before', () => {
    const [warning] = warningsFor({ risk: 'at-risk', pending: 1, answerAllBy: NOW + 3 * MIN });
    expect(warning).toMatchObject({ title: 'notify_at_risk_title', message: 'notify_at_risk_message: 3' });
  });

  it('a safe Page with nothing open warns of nothing', () => {
    expect(warningsFor({ risk: 'safe', pending: 1, answerAllBy: NOW + 30 * MIN })).toEqual([]);
  });
});
