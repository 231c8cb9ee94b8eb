/**
 * The team's names for its agents, per Page (core/metrics/agent-names.ts applies them). Stored in
 * extension storage beside the settings, exported with them and deleted with them.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import type { AgentNames } from '@/core/metrics';
import { isNumericId } from '@/core/inbox/inbox-url';

const STORAGE_KEY = 'agentNames';

const agentName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
/** One Page's mapping: the name the page shows → the team's name. */
export const AgentNamesSchema = v.record(agentName, agentName);

/** Every Page's mapping, by Page id. */
export type AllAgentNames = Record<string, AgentNames>;

export async function loadAllAgentNames(): Promise<AllAgentNames> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Record<string, unknown> | undefined;
  const all: AllAgentNames = {};
  for (const [pageId, names] of Object.entries(stored ?? {})) {
    const check = v.safeParse(AgentNamesSchema, names);
    if (isNumericId(pageId) && check.success) all[pageId] = check.output;
  }
  return all;
}

export async function loadAgentNames(pageId: string): Promise<AgentNames> {
  const all = await loadAllAgentNames();
  return Object.hasOwn(all, pageId) ? all[pageId]! : {};
}

/**
 * Saves a Page's mapping; a name mapped to itself or to nothing is dropped. False (nothing written)
 * when a name is too long.
 */
export async function saveAgentNames(pageId: string, names: Record<string, string>): Promise<boolean> {
  const kept = Object.fromEntries(Object.entries(names).map(([shown, team]) => [shown, team.trim()]).filter(([shown, team]) => team && team !== shown));
  const check = v.safeParse(AgentNamesSchema, kept);
  if (!check.success || !isNumericId(pageId)) return false;
  const all = await loadAllAgentNames();
  all[pageId] = check.output;
  await browser.storage.local.set({ [STORAGE_KEY]: all });
  return true;
}

/** Replaces every Page's mapping (import); the caller has validated them. */
export async function replaceAllAgentNames(all: AllAgentNames): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: all });
}

export async function clearAgentNames(): Promise<void> {
  await browser.storage.local.remove(STORAGE_KEY);
}
