/**
 * Splits a thread into what the transcript shows, in order: date/time dividers, message
 * groups (consecutive messages from the same sender within five minutes; only the group's
 * wrapper carries data-utime, as seen live) and system notes, in the way `build` writes
 * dividers; a thread that came from an ad opens with its system line.
 */
import { dividerText, dividerText2026 } from './format';
import { LABELS, type DemoLanguage } from './i18n';
import type { DemoBuild, DemoMessage, DemoThread } from './state';

export type Block =
  | { kind: 'divider'; key: string; text: string; at: number }
  | { kind: 'group'; key: string; messages: DemoMessage[] }
  | { kind: 'note'; key: string; text: string };

const GROUP_GAP = 5 * 60_000;
const DIVIDER_GAP = 60 * 60_000;

function sender(m: DemoMessage): string {
  return m.from === 'customer' ? 'customer' : `page:${m.automated ?? m.agent ?? ''}`;
}

export function transcriptBlocks(t: DemoThread, now: number, lang: DemoLanguage, build: DemoBuild = 'ids'): Block[] {
  const divider = build === 'ids' ? dividerText : dividerText2026;
  type Item = { at: number; message?: DemoMessage; note?: string };
  const items: Item[] = [
    ...t.messages.map((m) => ({ at: m.at, message: m })),
    ...t.notes.map((n) => ({ at: n.at, note: n.text })),
  ].sort((a, b) => a.at - b.at);
  const blocks: Block[] = t.fromAd ? [{ kind: 'note', key: 'ad', text: LABELS[lang].repliedToAd.replace('{name}', t.name) }] : [];
  let previousAt = -Infinity;
  let group: Extract<Block, { kind: 'group' }> | null = null;
  for (const item of items) {
    const dayChanged = new Date(item.at).toDateString() !== new Date(previousAt).toDateString();
    if (item.at - previousAt > DIVIDER_GAP || dayChanged) {
      blocks.push({ kind: 'divider', key: `d:${item.at}`, text: divider(item.at, now, lang), at: item.at });
      group = null;
    }
    if (item.note !== undefined) {
      blocks.push({ kind: 'note', key: `n:${item.at}:${item.note}`, text: item.note });
      group = null;
    } else if (item.message) {
      const m = item.message;
      const last = group?.messages[group.messages.length - 1];
      if (group && last && sender(last) === sender(m) && m.at - last.at <= GROUP_GAP) group.messages.push(m);
      else {
        group = { kind: 'group', key: `g:${m.id}`, messages: [m] };
        blocks.push(group);
      }
    }
    previousAt = item.at;
  }
  return blocks;
}
