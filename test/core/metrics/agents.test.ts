import { describe, expect, it } from 'vitest';
import { agentFigures, computeStats, DEFAULT_METRIC_SETTINGS, type MessageInput, type ThreadInput } from '@/core/metrics';
import { bot, c, MIN, p, t, thread } from '../../support/inbox-builder';

const by = (author: string | null, message: MessageInput): MessageInput => ({ ...message, author });
const figures = (threads: ThreadInput[], now: number) => agentFigures({ threads, away: [] }, DEFAULT_METRIC_SETTINGS, now);
const NOW = t('12:00', 5);

describe('figures per agent (R2, R5, R7 per "Sent by")', () => {
  it('credits each request to the first person who replied, with R7, the median and the share within 15 minutes', () => {
    const threads = [
      thread('a', [c(t('08:00')), by('Lena', p(t('08:04')))]),
      thread('b', [c(t('08:00', 1)), by('Lena', p(t('08:20', 1)))]),
      thread('c', [c(t('08:00', 2)), by('Marco', p(t('08:02', 2))), by('Lena', p(t('08:03', 2)))]),
    ];
    expect(figures(threads, NOW)).toEqual([
      // Lena: 4 and 20 min; R7 keeps ⌈9·2/10⌉ = 2 of them.
      { agent: 'Lena', answered: 2, responseTimeSeconds: 12 * 60, medianSeconds: 12 * 60, withinTarget: 1, missed: 0 },
      { agent: 'Marco', answered: 1, responseTimeSeconds: 2 * 60, medianSeconds: 2 * 60, withinTarget: 1, missed: 0 },
    ]);
  });

  it('R7 per agent leaves out the slowest tenth, as the Page figure does', () => {
    const threads = Array.from({ length: 10 }, (_, i) => thread(`t${i}`, [c(t('08:00', i)), by('Lena', p(t('08:00', i) + (i === 9 ? 600 : 1 + i) * MIN))]));
    const [lena] = figures(threads, t('12:00', 10));
    // ⌈9·10/10⌉ = 9 fastest: 1…9 minutes, mean 5 min; the 600-minute reply is left out.
    expect(lena).toMatchObject({ agent: 'Lena', answered: 10, responseTimeSeconds: 5 * 60, medianSeconds: 5.5 * 60, withinTarget: 9 });
    // …and it agrees with the Page's own figure when one agent answers everything.
    expect(computeStats({ threads, away: [] }, DEFAULT_METRIC_SETTINGS, t('12:00', 10)).responseTimeSeconds).toBe(lena!.responseTimeSeconds);
  });

  it('a missed request is the assigned agent\'s when an assignment note names one, else nobody\'s', () => {
    const threads: ThreadInput[] = [
      thread('a', [c(t('08:00')), by('Lena', p(t('08:05')))]),
      { ...thread('b', [c(t('09:00'))]), assignedTo: 'Marco' },
      thread('c', [c(t('10:00'))]),
    ];
    expect(figures(threads, NOW)).toEqual([
      { agent: 'Lena', answered: 1, responseTimeSeconds: 300, medianSeconds: 300, withinTarget: 1, missed: 0 },
      { agent: 'Marco', answered: 0, responseTimeSeconds: null, medianSeconds: null, withinTarget: 0, missed: 1 },
      { agent: null, answered: 0, responseTimeSeconds: null, medianSeconds: null, withinTarget: 0, missed: 1 },
    ]);
  });

  it('an automated reply answers nothing and credits no one (R3); a waiting request is nobody\'s miss yet', () => {
    const threads = [
      thread('a', [c(t('08:00')), bot(t('08:00:05')), by('Lena', p(t('08:10')))]),
      thread('w', [c(NOW - 5 * MIN)]),
    ];
    expect(figures(threads, NOW)).toEqual([{ agent: 'Lena', answered: 1, responseTimeSeconds: 600, medianSeconds: 600, withinTarget: 1, missed: 0 }]);
  });

  it('shows no agents when no reply names one (a build without "Sent by")', () => {
    expect(figures([thread('a', [c(t('08:00')), p(t('08:04'))]), thread('b', [c(t('09:00'))])], NOW)).toEqual([]);
    // An assignment note names an agent, but no reply does: still no table of agents who answered nothing.
    expect(figures([thread('a', [c(t('08:00')), p(t('08:04'))]), { ...thread('b', [c(t('09:00'))]), assignedTo: 'Marco' }], NOW)).toEqual([]);
  });

  it('counts only the window\'s requests (R5): a reply 40 days before the latest request is not in it', () => {
    const threads = [
      thread('old', [c(t('08:00', -40)), by('Old Agent', p(t('08:01', -40)))]),
      ...Array.from({ length: 10 }, (_, i) => thread(`n${i}`, [c(t('08:00', i)), by('Lena', p(t('08:03', i)))])),
    ];
    expect(figures(threads, t('12:00', 10)).map((f) => f.agent)).toEqual(['Lena']);
  });
});
