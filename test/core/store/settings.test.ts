import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, validateSettings } from '@/core/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('give the default to a Page without its own, and keep each Page\'s own apart', async () => {
    expect(await loadSettings('111')).toEqual(DEFAULT_SETTINGS);
    expect(await saveSettings('111', { ...DEFAULT_SETTINGS, timeTargetSeconds: 300 })).toMatchObject({ ok: true });
    expect((await loadSettings('111')).timeTargetSeconds).toBe(300);
    expect((await loadSettings('222')).timeTargetSeconds).toBe(900);
    await saveSettings(null, { ...DEFAULT_SETTINGS, notifications: true });
    expect((await loadSettings('222')).notifications).toBe(true);
    expect((await loadSettings('111')).notifications).toBe(false);
  });

  it.each([
    [{ rateTarget: 1.5 }, 'settings_error_rate_target'],
    [{ timeTargetSeconds: 0 }, 'settings_error_time_target'],
    [{ timeTargetSeconds: 90.5 }, 'settings_error_time_target'],
    [{ windowDays: 365 }, 'settings_error_window_days'],
    [{ riskLeadSeconds: -1 }, 'settings_error_risk_lead'],
    [{ openingHours: { timeZone: 'Mars/Olympus', days: {} } }, 'settings_error_time_zone'],
    [{ openingHours: { timeZone: 'Europe/Oslo', days: { mon: [['9:00', '17:00']] } } }, 'settings_error_opening_hours'],
    [{ openingHours: { timeZone: 'Europe/Oslo', days: { mon: [['09:00', '09:00']] } } }, 'settings_error_opening_hours'],
    [{ notifications: 'yes' }, 'settings_error_invalid'],
    [{ surprise: 1 }, 'settings_error_invalid'],
  ])('reject %j with a message and save nothing', async (patch, error) => {
    const result = await saveSettings('111', { ...DEFAULT_SETTINGS, ...patch });
    expect(result).toEqual({ ok: false, error });
    expect(await loadSettings('111')).toEqual(DEFAULT_SETTINGS);
  });

  it('give the default to a Page whose id is a name Object.prototype knows', async () => {
    for (const pageId of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(await loadSettings(pageId)).toEqual(DEFAULT_SETTINGS);
  });

  it('accept overnight opening hours in a real zone', () => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, openingHours: { timeZone: 'Europe/Copenhagen', days: { fri: [['18:00', '02:00']] } } }).ok).toBe(true);
  });
});
