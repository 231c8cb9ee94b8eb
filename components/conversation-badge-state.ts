/**
 * The inline badge's state at `now`, computed locally from the background's instants (rules.md,
 * "Per conversation"): `expired` once the reply deadline has passed (and nothing else); otherwise
 * `ok` while waiting < half the target, `soon` from half the target, `late` from the target on,
 * plus `closing` when less than 2 hours remain before the deadline.
 */
import type { ThreadStateWord } from '@/core/metrics/types';

export interface BadgeInstants {
  requestAt: number;
  lateAt: number;
  replyDeadline: number;
  timeTargetSeconds: number;
}

export interface BadgeReading {
  word: Exclude<ThreadStateWord, 'closing'>;
  closing: boolean;
  waitingSeconds: number;
  /** Seconds until it turns late (0 once late). */
  lateInSeconds: number;
  /** Seconds left in the reply window (0 once expired). */
  windowLeftSeconds: number;
}

const CLOSING_MS = 2 * 60 * 60 * 1000;

export function badgeReadingAt(state: BadgeInstants, now: number): BadgeReading {
  const waitingMs = Math.max(0, now - state.requestAt);
  const targetMs = state.timeTargetSeconds * 1000;
  const leftMs = state.replyDeadline - now;
  const word = leftMs <= 0 ? 'expired' : waitingMs >= targetMs ? 'late' : waitingMs >= targetMs / 2 ? 'soon' : 'ok';
  return {
    word,
    closing: word !== 'expired' && leftMs < CLOSING_MS,
    waitingSeconds: Math.floor(waitingMs / 1000),
    lateInSeconds: Math.max(0, Math.ceil((state.lateAt - now) / 1000)),
    windowLeftSeconds: Math.max(0, Math.floor(leftMs / 1000)),
  };
}
