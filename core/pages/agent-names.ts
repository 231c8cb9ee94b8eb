/** `optionsToBackground:agentNames` and `saveAgentNames`: the agents the page showed, renamed or merged by the team. */
import type { ReplyOf, RequestOf } from '@/core/messages';
import { agentNameOf } from '@/core/metrics';
import { loadAgentNames, saveAgentNames } from '@/core/agent-names';
import { loadPage } from '@/core/store/pages';

/** Every name the Page's stored replies and assignment notes show, by name, each with the team's name for it. */
export async function listAgentNames({ pageId }: RequestOf<'optionsToBackground:agentNames'>): Promise<ReplyOf<'optionsToBackground:agentNames'>> {
  const [{ threads }, names] = await Promise.all([loadPage(pageId), loadAgentNames(pageId)]);
  const shown = new Set<string>();
  for (const { thread, messages } of threads) {
    if (thread.assignedTo) shown.add(thread.assignedTo);
    for (const message of messages) if (message.author && !message.automated) shown.add(message.author);
  }
  return [...shown].sort((a, b) => a.localeCompare(b)).map((name) => ({ shown: name, name: agentNameOf(name, names) }));
}

export async function putAgentNames({ pageId, names }: RequestOf<'optionsToBackground:saveAgentNames'>): Promise<ReplyOf<'optionsToBackground:saveAgentNames'>> {
  return { ok: await saveAgentNames(pageId, names) };
}
