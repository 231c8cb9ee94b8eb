/** Builds engine input for tests in a few words: `thread('t1', c('08:00'), p('08:04'))`. */
import {
  computeStats, DEFAULT_METRIC_SETTINGS,
  type AwayPeriod, type Folder, type MessageInput, type MetricSettings, type Stats, type ThreadInput,
} from '@/core/metrics';

/** A day all tests share; `t('08:00')` is 08:00 UTC on it, `t('08:00', 1)` a day later. */
export const DAY0 = '2026-11-02';
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export function t(clock: string, dayOffset = 0): number {
  const [h, m, s = '0'] = clock.split(':');
  return Date.parse(`${DAY0}T00:00:00Z`) + dayOffset * DAY + Number(h) * HOUR + Number(m) * MIN + Number(s) * 1000;
}

export const c = (at: number): MessageInput => ({ at, from: 'customer', automated: false });
export const p = (at: number): MessageInput => ({ at, from: 'page', automated: false });
export const bot = (at: number): MessageInput => ({ at, from: 'page', automated: true });

export function thread(id: string, messages: MessageInput[], folder: Folder = 'inbox'): ThreadInput {
  return { id, folder, messages };
}

/** `count` threads, one a day from DAY0 08:00, each answered after `replyMinutes` (null: never). */
export function daily(count: number, replyMinutes: number | null, prefix = 'd', firstDay = 0): ThreadInput[] {
  return Array.from({ length: count }, (_, i) => {
    const at = t('08:00', firstDay + i);
    return thread(`${prefix}${i}`, replyMinutes === null ? [c(at)] : [c(at), p(at + replyMinutes * MIN)]);
  });
}

export function stats(threads: ThreadInput[], now: number, settings: Partial<MetricSettings> = {}, away: AwayPeriod[] = []): Stats {
  return computeStats({ threads, away }, { ...DEFAULT_METRIC_SETTINGS, ...settings }, now);
}

/** `message` known only within [atMin, atMax] around its best time (R13). */
export const within = (message: MessageInput, atMin: number, atMax: number): MessageInput => ({ ...message, atMin, atMax });
