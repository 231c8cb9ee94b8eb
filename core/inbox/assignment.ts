/**
 * Who the open conversation is assigned to: the latest assignment note in its transcript
 * (core/inbox/selectors.ts `ASSIGNMENT_PATTERNS`), read from lines outside every message.
 */
import * as S from './selectors';
import { SHOW_TEXT } from './node-filter';

/** The longest line tried as a note: a message's text is never read as one. */
const MAX_NOTE_LENGTH = 200;

/**
 * The agent the last assignment note names; null when the transcript shows none.
 *
 * @example assignedAgentOf(transcript) // 'Fah Somchai' for "Fah Somchai was assigned to this conversation."
 */
export function assignedAgentOf(transcript: Element): string | null {
  const walker = transcript.ownerDocument.createTreeWalker(transcript, SHOW_TEXT);
  let agent: string | null = null;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!S.ASSIGNMENT_HINT.test(text.nodeValue ?? '')) continue;
    const line = text.parentElement;
    if (!line || line.closest(`${S.MESSAGE}, [${S.OWN_NODE_ATTRIBUTE}]`)) continue;
    const value = (line.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!value || value.length > MAX_NOTE_LENGTH) continue;
    const name = S.ASSIGNMENT_PATTERNS.map((p) => p.exec(value)?.[1]?.trim()).find(Boolean);
    if (name) agent = name;
  }
  return agent;
}
