import { describe, expect, it } from 'vitest';
import { agentFigures, DEFAULT_METRIC_SETTINGS, withAgentNames, type MessageInput, type ThreadInput } from '@/core/metrics';
import { c, p, t, thread } from '../../support/inbox-builder';

const by = (author: string, message: MessageInput): MessageInput => ({ ...message, author });

describe('the team\'s names for its agents', () => {
  const threads: ThreadInput[] = [
    thread('a', [c(t('08:00')), by('Fah S.', p(t('08:04')))]),
    thread('b', [c(t('08:00', 1)), by('Fah Somchai', p(t('08:10', 1)))]),
    { ...thread('c', [c(t('09:00', 2))]), assignedTo: 'Fah S.' },
  ];
  const names = (mapping: Record<string, string>) =>
    agentFigures({ threads: withAgentNames(threads, mapping), away: [] }, DEFAULT_METRIC_SETTINGS, t('12:00', 5)).map((a) => [a.agent, a.answered, a.missed]);

  it('merges two names the page showed for one person, replies and assignments alike', () => {
    expect(names({})).toEqual([['Fah S.', 1, 1], ['Fah Somchai', 1, 0]]);
    expect(names({ 'Fah S.': 'Fah Somchai' })).toEqual([['Fah Somchai', 2, 1]]);
  });

  it('renames an agent', () => {
    expect(names({ 'Fah S.': 'Fah', 'Fah Somchai': 'Somchai' })).toEqual([['Fah', 1, 1], ['Somchai', 1, 0]]);
  });
});
