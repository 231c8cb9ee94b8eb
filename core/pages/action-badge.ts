/**
 * The toolbar badge, per tab: for an inbox tab, the number of Messenger conversations of its Page
 * waiting past half the target (soon or late, not expired), coloured by risk, with a title that
 * says the same in words; nothing on other tabs.
 */
import { browser } from 'wxt/browser';
import type { Risk, Stats } from '@/core/metrics';
import type { CoverageState, ThreadBadgeState } from '@/core/messages';
import type { MessageKey } from '@/core/i18n';
import { localeText } from './locale-text';

/** Colours of the four risks; the title always says the risk in words too. */
export const RISK_COLOURS: Record<Risk, string> = {
  safe: '#1e7e34',
  'at-risk': '#b26a00',
  recoverable: '#d9480f',
  'not-earned': '#c92a2a',
};

/** While there is no verdict (learning, or nothing to count yet: R14) the badge takes no risk's colour. */
export const NEUTRAL_COLOUR = '#5f6368';

const RISK_KEYS: Record<Risk, MessageKey> = {
  safe: 'action_risk_safe',
  'at-risk': 'action_risk_at_risk',
  recoverable: 'action_risk_recoverable',
  'not-earned': 'action_risk_not_earned',
};

/** Messenger conversations past half the target and still answerable: what the badge counts. */
export function urgentCount(states: readonly ThreadBadgeState[]): number {
  return states.filter((s) => s.channel === 'messenger' && !s.states.includes('expired') && (s.states.includes('soon') || s.states.includes('late'))).length;
}

export interface ActionBadge { text: string; colour: string; title: string }

/** `coverage`: what the figures rest on; without a verdict the badge still counts who waits, in a neutral colour. */
export function actionBadgeFor(stats: Stats | null, states: readonly ThreadBadgeState[], coverage: CoverageState = 'complete'): ActionBadge {
  if (!stats) return { text: '', colour: NEUTRAL_COLOUR, title: localeText('extName') };
  const count = urgentCount(states);
  const text = count > 0 ? String(count) : '';
  if (coverage === 'learning') return { text, colour: NEUTRAL_COLOUR, title: localeText('action_title_learning') };
  if (coverage === 'empty' || (count === 0 && stats.requests === 0)) return { text, colour: NEUTRAL_COLOUR, title: localeText('action_title_no_requests') };
  const riskWords = localeText(RISK_KEYS[stats.risk]);
  const risk = stats.riskUncertain ? localeText('action_risk_uncertain', [riskWords]) : riskWords;
  return {
    text,
    colour: riskColour(stats),
    title: count === 0 ? localeText('action_title_none', [risk]) : count === 1 ? localeText('action_title_waiting_one', [risk]) : localeText('action_title_waiting', [count, risk]),
  };
}

/** R13: a risk the bounded times leave open is never shown in the "safe" colour. */
function riskColour(stats: Stats): string {
  return stats.riskUncertain && stats.risk === 'safe' ? RISK_COLOURS['at-risk'] : RISK_COLOURS[stats.risk];
}

/** `action` in Manifest V3; Firefox's Manifest V2 build calls it `browserAction`. */
function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showActionBadge(tabId: number, badge: ActionBadge): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
