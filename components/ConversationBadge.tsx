/**
 * The inline badge on a conversation row and in the open conversation's header: how long the
 * customer has waited, late after the target, time left in the 24-hour reply window. Text beside
 * every colour; one accessible sentence. Rendered into a shadow root (see badge-styles below), so
 * the page's styles do not reach it; it never takes a click (pointer-events: none on the host).
 */
import type { Translate } from './i18n';
import { formatDuration } from './display-format';
import { badgeReadingAt, type BadgeInstants } from './conversation-badge-state';
import { lateInPhrase, STATE_WORD_KEY, waitedPhrase } from './state-words';

export interface ConversationBadgeProps {
  state: BadgeInstants;
  now: number;
  t: Translate;
  locale: string;
  /** The page's theme when it tells (null: follow prefers-color-scheme). */
  dark: boolean | null;
  /** The header badge announces changes politely; row badges stay quiet. */
  live?: boolean;
}

export function ConversationBadge({ state, now, t, locale, dark, live = false }: ConversationBadgeProps) {
  const r = badgeReadingAt(state, now);
  const word = t(STATE_WORD_KEY[r.word]);
  const parts = [waitedPhrase(t, r.waitingSeconds, locale)];
  if (r.word === 'ok' || r.word === 'soon') parts.push(lateInPhrase(t, r.lateInSeconds, locale));
  if (r.word !== 'expired') parts.push(r.closing ? t('badge_closing', [formatDuration(r.windowLeftSeconds, locale)]) : t('badge_window_left', [formatDuration(r.windowLeftSeconds, locale)]));
  const sentence = t('badge_label', [[word, ...parts].join(', ')]);
  const theme = dark === null ? '' : dark ? ' dark' : ' light';
  return (
    <span class={`badge ${r.word}${r.closing ? ' closing' : ''}${theme}`} role="status" aria-live={live ? 'polite' : 'off'} aria-label={sentence} title={sentence}>
      <span class="dot" aria-hidden="true" />
      <strong>{word}</strong>
      <span aria-hidden="true"> · {parts[0]}</span>
      {r.word !== 'expired' && <span class="window" aria-hidden="true"> · {parts[parts.length - 1]}</span>}
    </span>
  );
}

/** Styles of the badge's shadow root: light and dark follow the page when it tells, else the system. */
export const BADGE_STYLES = `
:host { all: initial; pointer-events: none; display: inline-block; max-width: calc(100% - 6px); margin-inline-start: 6px; vertical-align: middle; }
.badge { --ok: #1f7a3a; --soon: #8a5a00; --late: #b3261e; --expired: #5b6370; --bg: #ffffffee; --fg: #1c1e21;
  display: inline-flex; align-items: center; gap: 3px; padding: 1px 6px; border-radius: 9px; border: 1px solid currentColor;
  font: 11px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; white-space: normal; flex-wrap: wrap; background: var(--bg); color: var(--fg); }
@media (prefers-color-scheme: dark) { .badge:not(.light) { --ok: #5ac57a; --soon: #f0b03c; --late: #ff7a70; --expired: #a8adb5; --bg: #242526ee; --fg: #e4e6eb; } }
.badge.dark { --ok: #5ac57a; --soon: #f0b03c; --late: #ff7a70; --expired: #a8adb5; --bg: #242526ee; --fg: #e4e6eb; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.ok { color: var(--ok); } .soon { color: var(--soon); } .late { color: var(--late); } .expired { color: var(--expired); }
.closing .window { font-weight: 700; text-decoration: underline; }
strong { font-weight: 700; }
span, strong { color: inherit; }
.badge > span:not(.dot), .badge > strong { color: var(--fg); }
.badge > strong { color: inherit; }
`;
