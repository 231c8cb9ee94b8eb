/**
 * R12 — badge risk, one of four words.
 */
import { SECOND_MS } from './durations';
import type { Risk } from './types';

/**
 * R12: `safe` when the badge is earned and nothing is pending or answer-all-by is at least the risk
 * lead away; `at-risk` when it is earned but that fails; `recoverable` when it is not earned but
 * answering now earns it; otherwise `not-earned`.
 */
export function riskOf(badge: boolean, pending: number, answerAllBy: number | null, ifAnsweredNowBadge: boolean, now: number, riskLeadSeconds: number): Risk {
  if (badge) {
    const leadMs = Math.round(riskLeadSeconds * SECOND_MS);
    return pending === 0 || (answerAllBy !== null && answerAllBy - now >= leadMs) ? 'safe' : 'at-risk';
  }
  return ifAnsweredNowBadge ? 'recoverable' : 'not-earned';
}
