/**
 * core/ is layered: its parts (a folder, or a file directly under core/) import each other without
 * a loop, so a batch goes down through them once (content script → messages → store → pages).
 */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource, sourcesUnder } from '../support/sources';

/** core/store/ingest.ts → "store"; core/messages.ts → "messages". */
const partOf = (file: string) => file.split('/')[1]!.replace(/\.tsx?$/, '');

/** The core parts a file imports (type imports too: a loop of types is still a loop to read). */
function importedParts(file: string): string[] {
  const code = readSource(file);
  const specifiers = [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? posix.join(posix.dirname(file), spec) : null;
    return target?.startsWith('core/') ? [partOf(target)] : [];
  });
}

/** The first loop found in the graph, as the parts along it, or null. */
function loopIn(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (part: string): string[] | null => {
    if (state.get(part) === 'done') return null;
    if (state.get(part) === 'open') return [...path.slice(path.indexOf(part)), part];
    state.set(part, 'open');
    path.push(part);
    for (const next of graph.get(part) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    path.pop();
    state.set(part, 'done');
    return null;
  };
  for (const part of graph.keys()) {
    const loop = visit(part);
    if (loop) return loop;
  }
  return null;
}

function coreGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourcesUnder('core')) {
    const from = partOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    for (const to of importedParts(file)) if (to !== from) edges.add(to);
    graph.set(from, edges);
  }
  return graph;
}

describe('core layers', () => {
  it('no two parts of core/ import each other, directly or round a loop', () => {
    expect(loopIn(coreGraph())).toBeNull();
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([['inbox', new Set(['messages'])], ['messages', new Set(['store'])], ['store', new Set(['inbox'])]]);
    expect(loopIn(graph)).toEqual(['inbox', 'messages', 'store', 'inbox']);
  });
});
