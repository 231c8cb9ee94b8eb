/**
 * Rules R3, a decision: where the Page's human replies in a transcript carry a "Sent by <person>"
 * line, a Page message without one was not written by a person — Meta's automations (a greeting,
 * an instant reply) can carry no label at all. Where no Page message carries a line (a build that
 * shows no authors), nothing is concluded. A message "Sent by" a connected app keeps its author and
 * stays a reply.
 */
import type { IdentifiedMessage } from './message-identity';

/** The messages with every unlabelled Page message marked automated, when the transcript's human replies are labelled. */
export function withUnlabelledAutomated(messages: IdentifiedMessage[]): IdentifiedMessage[] {
  const labelled = messages.some(({ message: m }) => m.from === 'page' && m.author !== null && !m.automated);
  if (!labelled) return messages;
  return messages.map((reading) => {
    const m = reading.message;
    return m.from === 'page' && m.author === null && !m.automated ? { ...reading, message: { ...m, automated: true } } : reading;
  });
}
