import * as v from 'valibot';
import { WEEKDAYS, type Weekday } from '@/core/metrics';
import { OpeningSpanSchema, SettingsSchema, TimeZoneSchema, type Settings } from '@/core/settings';
import type { MessageKey } from '@/core/i18n';

/**
 * The settings form as the user types it (text fields stay text until saved), and its conversion
 * to Settings with a message key per field that is wrong. Each field is checked with the schema
 * the background validates with (core/settings), so the two cannot disagree; this gives the user
 * the reason beside the field before anything is sent.
 */
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

/** A number typed the way the user's locale writes it ("92,5" or "92.5"). */
function numberOf(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** A number typed in the form, in the unit stored (`scale` stored units per typed unit, rounded as stored); null when it is not a number. */
function storedNumberOf(text: string, scale: number, decimals: number): number | null {
  const n = numberOf(text);
  return n === null ? null : Math.round(n * scale * 10 ** decimals) / 10 ** decimals;
}

const { entries } = SettingsSchema;

export function settingsOf(draft: SettingsDraft): { ok: true; settings: Settings } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const rateTarget = storedNumberOf(draft.ratePercent, 1 / 100, 3);
  if (!v.is(entries.rateTarget, rateTarget)) errors.ratePercent = 'options_error_rate';
  const windowDays = numberOf(draft.windowDays);
  if (!v.is(entries.windowDays, windowDays)) errors.windowDays = 'options_error_window';
  const riskLeadSeconds = storedNumberOf(draft.riskLeadMinutes, 60, 0);
  if (!v.is(entries.riskLeadSeconds, riskLeadSeconds)) errors.riskLeadMinutes = 'options_error_risk_lead';
  if (draft.hoursEnabled) {
    if (!v.is(TimeZoneSchema, draft.timeZone)) errors.timeZone = 'options_error_time_zone';
    for (const day of WEEKDAYS) {
      draft.days[day].forEach((span, i) => {
        if (!v.is(OpeningSpanSchema, span)) errors[`span-${day}-${i}`] = 'options_error_span';
      });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      rateTarget: rateTarget!,
      timeTargetSeconds: draft.timeTargetSeconds,
      windowDays: windowDays!,
      riskLeadSeconds: riskLeadSeconds!,
      notifications: draft.notifications,
      openingHours: draft.hoursEnabled
        ? { timeZone: draft.timeZone, days: Object.fromEntries(WEEKDAYS.filter((d) => draft.days[d].length > 0).map((d) => [d, draft.days[d]])) }
        : null,
    },
  };
}

/** True when two drafts hold the same values: the form has nothing left to save. */
export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
