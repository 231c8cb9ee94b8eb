/**
 * The inline badge's state at `now`, computed locally from the background's instants with the
 * engine's own stages (core/metrics/thread-states.ts), so the badge and the popup never disagree.
 */
import { targetMsOf, waitStagesAt, type WaitStage } from '@/core/metrics/thread-states';

export interface BadgeInstants {
  requestAt: number;
  lateAt: number;
  replyDeadline: number;
  timeTargetSeconds: number;
}

export interface BadgeReading {
  word: WaitStage;
  closing: boolean;
  waitingSeconds: number;
  /** Seconds until it turns late (0 once late). */
  lateInSeconds: number;
  /** Seconds left in the reply window (0 once expired). */
  windowLeftSeconds: number;
}

export function badgeReadingAt(state: BadgeInstants, now: number): BadgeReading {
  const waitingMs = Math.max(0, now - state.requestAt);
  const leftMs = state.replyDeadline - now;
  const { stage, closing } = waitStagesAt(state.requestAt, state.replyDeadline, now, targetMsOf(state.timeTargetSeconds));
  return {
    word: stage,
    closing,
    waitingSeconds: Math.floor(waitingMs / 1000),
    lateInSeconds: Math.max(0, Math.ceil((state.lateAt - now) / 1000)),
    windowLeftSeconds: Math.max(0, Math.floor(leftMs / 1000)),
  };
}
