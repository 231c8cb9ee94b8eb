import type { ThreadStateWord } from '@/core/metrics/types';

/** The word shown beside a thread's colour: its most pressing state. */
export function stateWordOf(states: readonly ThreadStateWord[]): ThreadStateWord {
  for (const word of ['expired', 'closing', 'late', 'soon'] as const) if (states.includes(word)) return word;
  return 'ok';
}
