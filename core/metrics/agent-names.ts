/**
 * The team's own names for its agents: a rename ("fah s." → "Fah Somchai") or a merge (two names
 * the page showed for one person, both mapped to one name), applied to the threads before the
 * engine groups replies and misses by agent.
 */
import type { ThreadInput } from './types';

/** The name the page shows → the name the team uses. */
export type AgentNames = Readonly<Record<string, string>>;

/** The team's name for `shown`: its mapping, else itself. */
export function agentNameOf(shown: string, names: AgentNames): string {
  return Object.hasOwn(names, shown) ? names[shown]! : shown;
}

/**
 * The threads with every author and assignment under the team's names.
 *
 * @example withAgentNames(threads, { 'Fah S.': 'Fah Somchai' })
 */
export function withAgentNames(threads: readonly ThreadInput[], names: AgentNames): ThreadInput[] {
  if (Object.keys(names).length === 0) return [...threads];
  const rename = (agent: string | null | undefined) => (agent ? agentNameOf(agent, names) : agent);
  return threads.map((thread) => ({
    ...thread,
    assignedTo: rename(thread.assignedTo),
    messages: thread.messages.map((m) => (m.author ? { ...m, author: rename(m.author) } : m)),
  }));
}
