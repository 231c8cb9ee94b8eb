// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderConversationBadge, type ConversationBadgeProps } from '@/components/ConversationBadge';
import { badgeReadingAt } from '@/components/conversation-badge-state';
import { STANDING_KEY } from '@/components/request-standing-text';
import { formatDuration } from '@/components/display-format';
import { conversationState } from '@/core/metrics';
import { LOCALES, messageOf, translator, type Locale } from '../support/locale-render';

const MIN = 60_000;
const requestAt = Date.UTC(2026, 10, 23, 10, 0);
const state = { requestAt, lateAt: requestAt + 15 * MIN, replyDeadline: requestAt + 24 * 60 * MIN, timeTargetSeconds: 900 };

describe('badgeReadingAt', () => {
  it.each([
    [0, 'ok', false],
    [7 * MIN + 29_000, 'ok', false],
    [7.5 * MIN, 'soon', false],
    [15 * MIN - 1, 'soon', false],
    [15 * MIN, 'late', false],
    [22 * 60 * MIN, 'late', false],
    [22 * 60 * MIN + 1, 'late', true],
    [24 * 60 * MIN - 1, 'late', true],
    [24 * 60 * MIN, 'expired', false],
  ])('after %d ms: %s, closing %s', (elapsed, word, closing) => {
    const r = badgeReadingAt(state, requestAt + elapsed);
    expect([r.word, r.closing]).toEqual([word, closing]);
  });

  it('says what the popup says: the same words as the engine at the same instant', () => {
    for (const timeTargetSeconds of [300, 900, 90]) {
      const shortTarget = { ...state, timeTargetSeconds, lateAt: requestAt + timeTargetSeconds * 1000 };
      for (let elapsed = 0; elapsed <= 25 * 60 * MIN; elapsed += 7_001) {
        const r = badgeReadingAt(shortTarget, requestAt + elapsed);
        const engine = conversationState('t', requestAt, state.replyDeadline, requestAt + elapsed, timeTargetSeconds);
        expect(r.closing ? [r.word, 'closing'] : [r.word]).toEqual(engine.states);
      }
    }
  });

  it('counts the waiting time, the time to late and the window left', () => {
    expect(badgeReadingAt(state, requestAt + 5 * MIN)).toEqual({ word: 'ok', closing: false, waitingSeconds: 300, lateInSeconds: 600, windowLeftSeconds: 24 * 3600 - 300 });
  });
});

/** The badge rendered into a fresh element. */
function rendered(props: ConversationBadgeProps): Element {
  const target = document.createElement('span');
  renderConversationBadge(target, props);
  return target.querySelector('[role="status"]')!;
}
function badge(locale: Locale, now: number) {
  return rendered({ state, now, t: translator(locale), locale });
}

describe('renderConversationBadge', () => {
  it.each(LOCALES)('%s: says the state in words beside the colour, with an accessible sentence', (locale) => {
    const t = translator(locale);
    const late = badge(locale, requestAt + 20 * MIN);
    expect(late.className).toContain('late');
    expect(late.textContent).toContain(t('badge_state_late'));
    expect(late.getAttribute('aria-label')).toContain(t('badge_state_late'));
    expect(late.getAttribute('aria-label')).toMatch(/20/);
    const expired = badge(locale, requestAt + 25 * 60 * MIN);
    expect(expired.textContent).toContain(t('badge_state_expired'));
    expect(expired.className).not.toContain('closing');
  });

  it('shows "late in" before the target, a wait under a minute as such, and the closing window under 2 hours', () => {
    const t = translator('en');
    const soon = badge('en', requestAt + 10 * MIN);
    expect(soon.getAttribute('aria-label')).toBe(t('badge_label', [`${t('badge_state_soon')}, waiting 10\u00a0min, late in 5\u00a0min, 23\u00a0hr 50\u00a0min left to reply`]));
    const fresh = badge('en', requestAt + 40_000);
    expect(fresh.getAttribute('aria-label')).toBe(t('badge_label', [`${t('badge_state_ok')}, waiting under a minute, late in 14\u00a0min, 23\u00a0hr 59\u00a0min left to reply`]));
    const closing = badge('en', requestAt + 23 * 60 * MIN);
    expect(closing.className).toContain('closing');
    expect(closing.getAttribute('aria-label')).toContain('window closes in 1\u00a0hr');
  });

  it.each(LOCALES)('says in words that it turns late in under a minute, not a count of seconds (%s)', (locale) => {
    const label = badge(locale, requestAt + 15 * MIN - 30_000).getAttribute('aria-label')!;
    expect(label).toContain(messageOf(locale, 'badge_late_in_under_a_minute'));
    expect(label).not.toMatch(/30\s\p{L}/u);
  });

  it('says in its accessible sentence whether the conversation counts, and if not why', () => {
    const t = translator('en');
    const withStanding = (standing: 'counts' | 'away' | 'done-without-reply') =>
      rendered({ state: { ...state, standing }, now: requestAt + 10 * MIN, t, locale: 'en' });
    expect(withStanding('counts').getAttribute('aria-label')).toBe(t('badge_label', [`${t('badge_state_soon')}, waiting 10\u00a0min, late in 5\u00a0min, 23\u00a0hr 50\u00a0min left to reply, counts toward your response figures`]));
    expect(withStanding('away').getAttribute('aria-label')).toContain('not counted: it arrived while you were Away or outside your opening hours');
    expect(withStanding('done-without-reply').getAttribute('title')).toContain('not counted: it is in Done with no reply');
    expect(withStanding('away').textContent).not.toContain('not counted');
  });

  it.each(LOCALES)('%s: each reason is translated', (locale) => {
    const t = translator(locale);
    for (const key of Object.values(STANDING_KEY)) expect(t(key)).not.toBe('');
  });
});

describe('the conversation badge on one line', () => {
  it.each(LOCALES)('%s: shows the state and two durations, the full sentence only in its label and tooltip', (locale) => {
    const t = translator(locale);
    const late = badge(locale, requestAt + 125 * MIN);
    const visible = late.textContent ?? '';
    const waitedInWords = t('badge_waited', [formatDuration(125 * 60, locale)]);
    const leftInWords = t('badge_window_left', [formatDuration(24 * 3600 - 125 * 60, locale)]);
    expect(visible).toContain(formatDuration(125 * 60, locale));
    expect(visible).not.toContain(waitedInWords);
    expect(visible).not.toContain(leftInWords);
    expect(late.getAttribute('title')).toBe(late.getAttribute('aria-label'));
    expect(late.getAttribute('aria-label')).toContain(waitedInWords);
    expect(late.getAttribute('aria-label')).toContain(leftInWords);
  });

  it('reads "Late · 2 hr 5 min · 21 hr left" in English: whole hours left, minutes in the last hour', () => {
    const line = (at: number) => badge('en', at).textContent?.replace(/\u00a0/g, ' ');
    expect(line(requestAt + 125 * MIN)).toBe('Late · 2 hr 5 min · 21 hr left');
    expect(line(requestAt + (23 * 60 + 10) * MIN)).toBe('Late · 23 hr 10 min · 50 min left');
  });
});

describe('the conversation badge updated in place', () => {
  it('keeps its element (a live region stays announced), follows the state, drops the window once expired, and empties', () => {
    const target = document.createElement('span');
    const t = translator('en');
    renderConversationBadge(target, { state, now: requestAt + 10 * MIN, t, locale: 'en', live: true });
    const first = target.firstElementChild!;
    expect(first.getAttribute('aria-live')).toBe('polite');
    renderConversationBadge(target, { state, now: requestAt + 20 * MIN, t, locale: 'en', live: true });
    expect(target.firstElementChild).toBe(first);
    expect(first.className).toBe('badge late');
    expect(first.textContent?.replace(/\u00a0/g, ' ')).toBe('Late · 20 min · 23 hr left');
    renderConversationBadge(target, { state, now: requestAt + 25 * 60 * MIN, t, locale: 'en', live: true });
    expect(first.querySelector('.window')).toBeNull();
    renderConversationBadge(target, { state, now: requestAt + 20 * MIN, t, locale: 'en', live: true });
    expect(first.querySelectorAll('.window')).toHaveLength(1);
    renderConversationBadge(target, null);
    expect(target.childNodes).toHaveLength(0);
  });
});
