/**
 * The inline badge on a conversation row and in the open conversation's header: how long the
 * customer has waited, late after the target, time left in the 24-hour reply window. Text beside
 * every colour; one accessible sentence. Rendered into a shadow root (see BADGE_STYLES below), so
 * the page's styles do not reach it; it never takes a click (pointer-events: none on the host).
 */
import type { Translate } from './i18n';
import { formatDuration } from './display-format';
import { badgeReadingAt, type BadgeInstants } from './conversation-badge-state';
import { STANDING_KEY } from './request-standing-text';
import { isUnderAMinute, lateInPhrase, STATE_WORD_KEY, waitedPhrase } from './state-words';

export interface ConversationBadgeProps {
  state: BadgeInstants;
  now: number;
  t: Translate;
  locale: string;
  /** The header badge announces changes politely; row badges stay quiet. */
  live?: boolean;
}

/** What a badge shows: its class, its one line's parts and its accessible sentence. */
interface BadgeView { className: string; sentence: string; word: string; waited: string; windowLeft: string | null; live: boolean }

function badgeView({ state, now, t, locale, live = false }: ConversationBadgeProps): BadgeView {
  const r = badgeReadingAt(state, now);
  const word = t(STATE_WORD_KEY[r.word]);
  const parts = [waitedPhrase(t, r.waitingSeconds, locale)];
  if (r.word === 'ok' || r.word === 'soon') parts.push(lateInPhrase(t, r.lateInSeconds, locale));
  if (r.word !== 'expired') parts.push(r.closing ? t('badge_closing', [formatDuration(r.windowLeftSeconds, locale)]) : t('badge_window_left', [formatDuration(r.windowLeftSeconds, locale)]));
  // Only the accessible sentence (and its tooltip) says whether it counts: the visible badge stays short.
  const standing = state.standing ? [t(STANDING_KEY[state.standing])] : [];
  return {
    className: `badge ${r.word}${r.closing ? ' closing' : ''}`,
    sentence: t('badge_label', [[word, ...parts, ...standing].join(', ')]),
    word,
    waited: isUnderAMinute(r.waitingSeconds) ? t('badge_short_under_a_minute') : formatDuration(r.waitingSeconds, locale),
    windowLeft: r.word === 'expired' ? null : t('badge_short_window_left', [formatDuration(wholeHoursOver(r.windowLeftSeconds), locale)]),
    live,
  };
}

function span(doc: Document, className: string | null, hidden: boolean): HTMLSpanElement {
  const el = doc.createElement('span');
  if (className) el.className = className;
  if (hidden) el.setAttribute('aria-hidden', 'true');
  return el;
}

/**
 * Renders the badge into `target`, or empties it (`props` null). Plain DOM, no framework: the
 * inbox page loads it with the content script, and a badge is a handful of nodes. Updated in
 * place, so that the header badge's live region stays the same element and is announced.
 * One short line ("Late · 2 hr 5 min · 21 hr left") that fits a narrow list; the sentence is in
 * the label and tooltip.
 */
export function renderConversationBadge(target: Element, props: ConversationBadgeProps | null): void {
  if (!props) {
    target.replaceChildren();
    return;
  }
  const view = badgeView(props);
  const doc = target.ownerDocument;
  let badge = target.firstElementChild as HTMLElement | null;
  if (!badge) {
    badge = span(doc, null, false);
    badge.setAttribute('role', 'status');
    badge.append(span(doc, 'dot', true), doc.createElement('strong'), span(doc, null, true));
    target.replaceChildren(badge);
  }
  badge.className = view.className;
  badge.setAttribute('aria-live', view.live ? 'polite' : 'off');
  badge.setAttribute('aria-label', view.sentence);
  badge.setAttribute('title', view.sentence);
  const [, word, waited] = badge.children;
  word!.textContent = view.word;
  waited!.textContent = ` · ${view.waited}`;
  let windowLeft = badge.querySelector<HTMLElement>('.window');
  if (view.windowLeft === null) windowLeft?.remove();
  else {
    windowLeft ??= badge.appendChild(span(doc, 'window', true));
    windowLeft.textContent = ` · ${view.windowLeft}`;
  }
}

/** The window left as the one line shows it: whole hours from an hour on (rounded down, never more than is left). */
function wholeHoursOver(seconds: number): number {
  return seconds < 3600 ? seconds : Math.floor(seconds / 3600) * 3600;
}

/**
 * Styles of the badge's shadow root: light and dark follow the page when it tells (the host's
 * data-theme, set by the badge layer), else the system.
 * The host is a block of no height: Meta's list is virtualised with fixed row heights, so a badge
 * that took room would push the row's own content or overlap the next row. The badge hangs below
 * its anchor's last line, on one line, cut with an ellipsis rather than wrapped.
 */
export const BADGE_STYLES = `
:host { all: initial; pointer-events: none; display: block; height: 0; overflow: visible; }
.badge { --ok: #1f7a3a; --soon: #8a5a00; --late: #b3261e; --expired: #5b6370; --bg: #ffffffee; --fg: #1c1e21;
  display: inline-flex; align-items: center; gap: 3px; max-width: 100%; box-sizing: border-box; padding: 0 6px; border-radius: 9px; border: 1px solid currentColor;
  font: 11px/16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; white-space: nowrap; overflow: hidden; background: var(--bg); color: var(--fg); }
.badge > * { flex: none; }
.badge > .window { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
@media (prefers-color-scheme: dark) { :host(:not([data-theme="light"])) .badge { --ok: #5ac57a; --soon: #f0b03c; --late: #ff7a70; --expired: #a8adb5; --bg: #242526ee; --fg: #e4e6eb; } }
:host([data-theme="dark"]) .badge { --ok: #5ac57a; --soon: #f0b03c; --late: #ff7a70; --expired: #a8adb5; --bg: #242526ee; --fg: #e4e6eb; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.ok { color: var(--ok); } .soon { color: var(--soon); } .late { color: var(--late); } .expired { color: var(--expired); }
.closing .window { font-weight: 700; text-decoration: underline; }
strong { font-weight: 700; }
span, strong { color: inherit; }
.badge > span:not(.dot), .badge > strong { color: var(--fg); }
.badge > strong { color: inherit; }
`;
