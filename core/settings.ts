/**
 * The user's settings: targets, opening hours, notifications. Stored in extension storage
 * (not IndexedDB: they are small and read at start-up), per Page with a default for Pages
 * not yet configured.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { DEFAULT_METRIC_SETTINGS, type MetricSettings } from '@/core/metrics/types';
import { isKnownTimeZone, wallClockMinutes } from '@/core/metrics/opening-hours';
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

const clock = v.pipe(v.string(), v.check((text) => wallClockMinutes(text) !== null, 'settings_error_opening_hours'));
/** A span whose end is before its start runs overnight (the engine's reading, R9); an empty one is a mistake. */
const span = v.pipe(v.tuple([clock, clock]), v.check(([start, end]) => start !== end, 'settings_error_opening_hours'));
const spans = v.optional(v.array(span));

/** The schema of one Page's settings; each message is the locale key shown to the user. */
export const SettingsSchema = v.strictObject({
  rateTarget: v.pipe(v.number(), v.minValue(0.5, 'settings_error_rate_target'), v.maxValue(1, 'settings_error_rate_target')),
  timeTargetSeconds: v.pipe(v.number(), v.integer('settings_error_time_target'), v.minValue(60, 'settings_error_time_target'), v.maxValue(86_400, 'settings_error_time_target')),
  riskLeadSeconds: v.pipe(v.number(), v.integer('settings_error_risk_lead'), v.minValue(0, 'settings_error_risk_lead'), v.maxValue(86_400, 'settings_error_risk_lead')),
  windowDays: v.pipe(v.number(), v.integer('settings_error_window_days'), v.minValue(1, 'settings_error_window_days'), v.maxValue(90, 'settings_error_window_days')),
  openingHours: v.optional(v.nullable(v.strictObject({
    timeZone: v.pipe(v.string(), v.check(isKnownTimeZone, 'settings_error_time_zone')),
    days: v.strictObject({ mon: spans, tue: spans, wed: spans, thu: spans, fri: spans, sat: spans, sun: spans }),
  }))),
  notifications: v.boolean('settings_error_invalid'),
});

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; error: string };

/** Validates settings from anywhere (the options page, an imported file). `error` is a locale key. */
export function validateSettings(value: unknown): SettingsCheck {
  const result = v.safeParse(SettingsSchema, value);
  if (result.success) return { ok: true, settings: result.output as Settings };
  const message = result.issues[0]?.message ?? '';
  return { ok: false, error: message.startsWith('settings_error_') ? message : 'settings_error_invalid' };
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
