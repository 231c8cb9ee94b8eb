import type { Weekday } from '@/core/metrics/types';
import type { Settings } from '@/core/settings';
import type { MessageKey } from '@/core/i18n';

/**
 * The settings form as the user types it (text fields stay text until saved), and its conversion
 * to Settings with a message key per field that is wrong. The background validates again
 * (core/settings); this gives the user the reason beside the field before anything is sent.
 */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type Span = [string, string];

export interface SettingsDraft {
  ratePercent: string;
  timeTargetSeconds: number;
  windowDays: string;
  riskLeadMinutes: string;
  notifications: boolean;
  hoursEnabled: boolean;
  timeZone: string;
  days: Record<Weekday, Span[]>;
}

export type DraftField = 'ratePercent' | 'windowDays' | 'riskLeadMinutes' | 'timeZone' | `span-${Weekday}-${number}`;
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

/** The weekday spans a new opening-hours schedule starts with: Monday to Friday, 9 to 17. */
const OFFICE_HOURS: Span[] = [['09:00', '17:00']];

export function draftOf(settings: Settings, defaultTimeZone: string): SettingsDraft {
  const hours = settings.openingHours ?? null;
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => [d, hours ? (hours.days[d] ?? []).map(([a, b]) => [a, b] as Span) : d === 'sat' || d === 'sun' ? [] : OFFICE_HOURS.map((s) => [...s] as Span)]),
  ) as Record<Weekday, Span[]>;
  return {
    ratePercent: String(Math.round(settings.rateTarget * 1000) / 10),
    timeTargetSeconds: settings.timeTargetSeconds,
    windowDays: String(settings.windowDays),
    riskLeadMinutes: String(Math.round(settings.riskLeadSeconds / 6) / 10),
    notifications: settings.notifications,
    hoursEnabled: hours !== null,
    timeZone: hours?.timeZone ?? defaultTimeZone,
    days,
  };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A number typed the way the user's locale writes it ("92,5" or "92.5"). */
function numberOf(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

export function settingsOf(draft: SettingsDraft, knownTimeZones: readonly string[]): { ok: true; settings: Settings } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const rate = numberOf(draft.ratePercent);
  if (rate === null || rate < 50 || rate > 100) errors.ratePercent = 'options_error_rate';
  const windowDays = numberOf(draft.windowDays);
  if (windowDays === null || !Number.isInteger(windowDays) || windowDays < 1 || windowDays > 90) errors.windowDays = 'options_error_window';
  const lead = numberOf(draft.riskLeadMinutes);
  if (lead === null || lead < 0 || lead > 120) errors.riskLeadMinutes = 'options_error_risk_lead';
  if (draft.hoursEnabled) {
    if (!knownTimeZones.includes(draft.timeZone)) errors.timeZone = 'options_error_time_zone';
    for (const day of WEEKDAYS) {
      draft.days[day].forEach(([start, end], i) => {
        if (!CLOCK.test(start) || !CLOCK.test(end) || start === end) errors[`span-${day}-${i}`] = 'options_error_span';
      });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      rateTarget: Math.round(rate! * 10) / 1000,
      timeTargetSeconds: draft.timeTargetSeconds,
      windowDays: windowDays!,
      riskLeadSeconds: Math.round(lead! * 60),
      notifications: draft.notifications,
      openingHours: draft.hoursEnabled
        ? { timeZone: draft.timeZone, days: Object.fromEntries(WEEKDAYS.filter((d) => draft.days[d].length > 0).map((d) => [d, draft.days[d]])) }
        : null,
    },
  };
}
