/**
 * R10 — the messaging window: a Page may reply within 24 hours of the customer's latest message.
 */
import { DAY_MS } from './durations';
import type { RequestRecord } from './requests';

/** R10: how long after the customer's latest message the Page may still reply (standard messaging). */
export const R10_MESSAGING_WINDOW_MS = DAY_MS;

/**
 * R10: the reply deadline of a request — the customer's latest message in the request's exchange
 * + 24 h. Example: request 08:00, follow-up 08:30 → deadline next day 08:30.
 */
export function replyDeadline(record: RequestRecord): number {
  return record.lastCustomerAt + R10_MESSAGING_WINDOW_MS;
}
