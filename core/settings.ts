/**
 * The user's settings: targets, opening hours, notifications. Stored in extension storage
 * (not IndexedDB: they are small and read at start-up), per Page with a default for Pages
 * not yet configured.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import type { MessageKey } from '@/core/i18n';
import { DEFAULT_METRIC_SETTINGS, type MetricSettings, wallClockMinutes } from '@/core/metrics';
import { isKnownTimeZone } from '@/core/time-zone';
import { isNumericId } from '@/core/inbox/inbox-url';

export interface Settings extends MetricSettings {
  /** Opt-in notifications (a conversation turns "soon", the Page turns at-risk). */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_METRIC_SETTINGS, notifications: false };

/** Everything kept in extension storage under one key: the default and each Page's own. */
export interface StoredSettings {
  default: Settings;
  pages: Record<string, Settings>;
}

const STORAGE_KEY = 'settings';

/** The limits of each number setting, inclusive: the schema below and the options form both use them. */
export const SETTINGS_LIMITS = {
  rateTarget: { min: 0.5, max: 1 },
  timeTargetSeconds: { min: 60, max: 86_400 },
  /** Up to the 24-hour reply window: answer-all-by is never further away (R10, R11), so a longer lead warns just as 24 h does. */
  riskLeadSeconds: { min: 0, max: 86_400 },
  windowDays: { min: 1, max: 90 },
} as const;

const bounded = (field: keyof typeof SETTINGS_LIMITS, error: string, integer: boolean) => v.pipe(
  v.number(error),
  v.check((n) => !integer || Number.isInteger(n), error),
  v.minValue(SETTINGS_LIMITS[field].min, error),
  v.maxValue(SETTINGS_LIMITS[field].max, error),
);

const MIDNIGHT_END = '24:00';
const clock = (text: string) => wallClockMinutes(text) !== null;
/**
 * One opening-hours span: "HH:MM" to "HH:MM", where "24:00" may only end a span (it is the coming
 * midnight). An end before the start runs overnight (the engine's reading, R9); an empty span is a mistake.
 */
export const OpeningSpanSchema = v.pipe(
  v.tuple([v.string(), v.string()]),
  v.check(([start, end]) => clock(start) && start !== MIDNIGHT_END && clock(end) && start !== end, 'settings_error_opening_hours'),
);
const spans = v.optional(v.array(OpeningSpanSchema));

export const TimeZoneSchema = v.pipe(v.string(), v.check(isKnownTimeZone, 'settings_error_time_zone'));

/** The schema of one Page's settings; each message is the locale key shown to the user. */
export const SettingsSchema = v.strictObject({
  rateTarget: bounded('rateTarget', 'settings_error_rate_target', false),
  timeTargetSeconds: bounded('timeTargetSeconds', 'settings_error_time_target', true),
  riskLeadSeconds: bounded('riskLeadSeconds', 'settings_error_risk_lead', true),
  windowDays: bounded('windowDays', 'settings_error_window_days', true),
  openingHours: v.optional(v.nullable(v.strictObject({
    timeZone: TimeZoneSchema,
    days: v.strictObject({ mon: spans, tue: spans, wed: spans, thu: spans, fri: spans, sat: spans, sun: spans }),
  }))),
  notifications: v.boolean('settings_error_invalid'),
});

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; error: MessageKey };

/** Validates settings from anywhere (the options page, an imported file). `error` is a locale key. */
export function validateSettings(value: unknown): SettingsCheck {
  const result = v.safeParse(SettingsSchema, value);
  if (result.success) return { ok: true, settings: result.output as Settings };
  const message = result.issues[0]?.message ?? '';
  return { ok: false, error: message.startsWith('settings_error_') ? (message as MessageKey) : 'settings_error_invalid' };
}

export async function loadAllSettings(): Promise<StoredSettings> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Partial<StoredSettings> | undefined;
  const fallback = stored?.default && validateSettings(stored.default).ok ? stored.default : DEFAULT_SETTINGS;
  const pages: Record<string, Settings> = {};
  for (const [pageId, settings] of Object.entries(stored?.pages ?? {})) {
    if (isNumericId(pageId) && validateSettings(settings).ok) pages[pageId] = settings;
  }
  return { default: fallback, pages };
}

/** The Page's own settings, else the default (also for `pageId` null). */
export async function loadSettings(pageId: string | null): Promise<Settings> {
  const all = await loadAllSettings();
  // Own keys only: a Page id such as `constructor` must not find Object.prototype's.
  return (pageId !== null && Object.hasOwn(all.pages, pageId) ? all.pages[pageId] : undefined) ?? all.default;
}

/** Saves one Page's settings (or the default, for `pageId` null) after validating them; nothing is written when invalid. */
export async function saveSettings(pageId: string | null, settings: unknown): Promise<SettingsCheck> {
  const check = validateSettings(settings);
  if (!check.ok) return check;
  const all = await loadAllSettings();
  if (pageId === null) all.default = check.settings;
  else all.pages[pageId] = check.settings;
  await browser.storage.local.set({ [STORAGE_KEY]: all });
  return check;
}

/** Replaces every setting at once (import); the caller has validated them. */
export async function replaceAllSettings(all: StoredSettings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: all });
}

export async function clearSettings(): Promise<void> {
  await browser.storage.local.remove(STORAGE_KEY);
}
