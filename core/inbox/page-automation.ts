/**
 * Rules R3, a decision: where the Page's human replies in a transcript carry a "Sent by <person>"
 * line, a run of Page messages none of which carries one was not written by a person — Meta's
 * automations (a greeting, an instant reply) can carry no label at all. Where no Page message
 * carries a line (a build that shows no authors), nothing is concluded. *Why per run:* some builds
 * label a run of one agent's messages once, under its last bubble. *Limit:* an unlabelled greeting
 * directly followed by a labelled human reply, with no customer message between, counts as the
 * human's. A message "Sent by" a connected app keeps its author and stays a reply.
 */
import type { IdentifiedMessage } from './message-identity';

const isLabelledHuman = ({ message: m }: IdentifiedMessage) => m.from === 'page' && m.author !== null && !m.automated;

/** The messages with each unlabelled run of Page messages marked automated, when the transcript's human replies are labelled. */
export function withUnlabelledAutomated(messages: IdentifiedMessage[]): IdentifiedMessage[] {
  if (!messages.some(isLabelledHuman)) return messages;
  const out = [...messages];
  for (let start = 0; start < out.length; start++) {
    if (out[start]!.message.from !== 'page') continue;
    let end = start;
    while (end + 1 < out.length && out[end + 1]!.message.from === 'page') end++;
    const run = out.slice(start, end + 1);
    if (!run.some(isLabelledHuman)) {
      for (let i = start; i <= end; i++) out[i] = { ...out[i]!, message: { ...out[i]!.message, automated: true } };
    }
    start = end;
  }
  return out;
}
