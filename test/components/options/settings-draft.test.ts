import { describe, expect, it } from 'vitest';
import { draftOf, settingsOf, type SettingsDraft } from '@/components/options/settings-draft';
import { DEFAULT_SETTINGS, SETTINGS_LIMITS, validateSettings, type Settings } from '@/core/settings';

const draft = draftOf(DEFAULT_SETTINGS, 'Europe/Berlin');

/** Whether the form accepts a draft, and whether the background's validation accepts the same setting. */
function bothAccept(draftPatch: Partial<SettingsDraft>, settingsPatch: Partial<Settings>): [boolean, boolean] {
  return [settingsOf({ ...draft, ...draftPatch }).ok, validateSettings({ ...DEFAULT_SETTINGS, ...settingsPatch }).ok];
}

describe('the settings form and the settings schema', () => {
  const { rateTarget, windowDays, riskLeadSeconds } = SETTINGS_LIMITS;
  it.each([
    ['rate at its minimum', { ratePercent: String(rateTarget.min * 100) }, { rateTarget: rateTarget.min }, true],
    ['rate at its maximum', { ratePercent: String(rateTarget.max * 100) }, { rateTarget: rateTarget.max }, true],
    ['rate below', { ratePercent: String(rateTarget.min * 100 - 1) }, { rateTarget: rateTarget.min - 0.01 }, false],
    ['rate above', { ratePercent: String(rateTarget.max * 100 + 1) }, { rateTarget: rateTarget.max + 0.01 }, false],
    ['window at its minimum', { windowDays: String(windowDays.min) }, { windowDays: windowDays.min }, true],
    ['window at its maximum', { windowDays: String(windowDays.max) }, { windowDays: windowDays.max }, true],
    ['window above', { windowDays: String(windowDays.max + 1) }, { windowDays: windowDays.max + 1 }, false],
    ['risk lead at its minimum', { riskLeadMinutes: String(riskLeadSeconds.min / 60) }, { riskLeadSeconds: riskLeadSeconds.min }, true],
    ['risk lead of 2 hours and a minute', { riskLeadMinutes: '121' }, { riskLeadSeconds: 121 * 60 }, true],
    ['risk lead at its maximum (24 h)', { riskLeadMinutes: String(riskLeadSeconds.max / 60) }, { riskLeadSeconds: riskLeadSeconds.max }, true],
    ['risk lead above', { riskLeadMinutes: String(riskLeadSeconds.max / 60 + 1) }, { riskLeadSeconds: riskLeadSeconds.max + 60 }, false],
    ['risk lead below', { riskLeadMinutes: '-1' }, { riskLeadSeconds: -60 }, false],
  ])('share their limits: %s', (_, draftPatch, settingsPatch, accepted) => {
    expect(bothAccept(draftPatch, settingsPatch)).toEqual([accepted, accepted]);
  });

  it.each([
    ['24:00 ends a day', ['18:00', '24:00'], true],
    ['24:00 starts nothing', ['24:00', '02:00'], false],
    ['an overnight span', ['22:00', '02:00'], true],
    ['an empty span', ['09:00', '09:00'], false],
    ['a time without its leading zero', ['9:00', '17:00'], false],
  ] as const)('read opening hours alike: %s', (_, span, accepted) => {
    const days = { ...draft.days, fri: [[...span] as [string, string]] };
    const openingHours = { timeZone: 'Europe/Oslo', days: { fri: [[...span] as [string, string]] } };
    expect(bothAccept({ hoursEnabled: true, timeZone: 'Europe/Oslo', days }, { openingHours })).toEqual([accepted, accepted]);
  });

  it('saves what it accepts in the stored units', () => {
    const checked = settingsOf({ ...draft, ratePercent: '92,5', riskLeadMinutes: '1440' });
    expect(checked).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, rateTarget: 0.925, riskLeadSeconds: 86_400, openingHours: null } });
  });
});
