/**
 * The text of the customer's latest message in the open conversation, on every build (with Meta's
 * ids or read by layout): used by the popup to rank templates, then forgotten — never stored.
 */
import type { ReadContext } from './read-list';
import { bubbleText, findTranscript, readTranscript } from './read-transcript';

/** Null when no conversation is open, no customer message is read, or the latest has no text (a sticker). */
export function latestCustomerText(root: Document, ctx: ReadContext): string | null {
  const transcript = findTranscript(root);
  if (!transcript) return null;
  // Any thread name will do: only the order and the sides are used here, not the keys.
  const messages = readTranscript(transcript, ctx, { thread: 'open' }).messages;
  // Even when the Page has answered it, the customer's last words still say which language and
  // topic a follow-up (or a goodbye) should take.
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.message.from === 'customer') return bubbleText(messages[i]!.element) || null;
  }
  return null;
}
