// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SettingsSection, type SettingsSectionProps } from '@/components/options/SettingsSection';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import { formatClock } from '@/components/display-format';
import { buttonWith, click, fieldLabelled, LOCALES, renderIn, settle, typeInto, type Locale } from '../../support/locale-render';

const NOW = Date.UTC(2026, 10, 23, 9, 30);
const ZONES = ['UTC', 'Europe/Berlin', 'Europe/Oslo', 'Europe/Rome'];

async function setup(overrides: Partial<SettingsSectionProps> = {}, locale: Locale = 'en') {
  const props: SettingsSectionProps = {
    pages: [{ pageId: '111', pageName: 'Nordlys Shop' }, { pageId: '222', pageName: null }],
    timeZones: ZONES,
    defaultTimeZone: 'Europe/Berlin',
    now: NOW,
    load: vi.fn(async () => ({ settings: DEFAULT_SETTINGS, awayUntil: null })),
    save: vi.fn(async () => null),
    setAway: vi.fn(async () => NOW + 12 * 3_600_000),
    ...overrides,
  };
  const el = renderIn(locale, <SettingsSection {...props} />);
  mounted.push(el);
  await settle();
  return { el, props, saved: () => (props.save as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[1] as Settings | undefined };
}

// Unmounted, not just removed: a mounted form would keep its page-leave warning.
const mounted: HTMLElement[] = [];
afterEach(() => {
  act(() => { for (const el of mounted.splice(0)) render(null, el); });
  document.body.innerHTML = '';
});

describe('SettingsSection', () => {
  it('shows the default targets: 90 %, 15 min (5 min as the older rule), 30 days, 5 min lead', async () => {
    const { el } = await setup();
    expect(fieldLabelled(el, 'Response rate target').value).toBe('90');
    const time = fieldLabelled(el, 'Response time target') as unknown as HTMLSelectElement;
    expect(time.value).toBe('900');
    expect([...time.options].map((o) => o.textContent)).toEqual(["15\u00a0min (Meta's current rule)", '5\u00a0min (older rule)']);
    expect(fieldLabelled(el, 'Counting window').value).toBe('30');
    expect(fieldLabelled(el, 'Warn “at risk” ahead by').value).toBe('5');
  });

  it('refuses an out-of-range rate beside the field and sends nothing; a comma decimal is fine', async () => {
    const { el, props, saved } = await setup();
    typeInto(fieldLabelled(el, 'Response rate target'), '120');
    typeInto(fieldLabelled(el, 'Counting window'), '2.5');
    click(buttonWith(el, 'Save settings'));
    await settle();
    expect(el.querySelector('#error-ratePercent')?.textContent).toBe('Enter a rate between 50 and 100 %.');
    expect(el.querySelector('#error-windowDays')?.textContent).toBe('Enter a whole number of days from 1 to 90.');
    expect(fieldLabelled(el, 'Response rate target').getAttribute('aria-invalid')).toBe('true');
    expect(props.save).not.toHaveBeenCalled();

    typeInto(fieldLabelled(el, 'Response rate target'), '92,5');
    typeInto(fieldLabelled(el, 'Counting window'), '7');
    typeInto(fieldLabelled(el, 'Response time target'), '300', 'change');
    click(buttonWith(el, 'Save settings'));
    await settle();
    expect(saved()).toEqual({ ...DEFAULT_SETTINGS, rateTarget: 0.925, windowDays: 7, timeTargetSeconds: 300, openingHours: null });
    expect(el.querySelector('.status')?.textContent).toBe('Saved.');
  });

  it('opening hours: weekdays 9–17 in the browser zone to start with, a span must not be empty', async () => {
    const { el, saved } = await setup();
    click(fieldLabelled(el, 'Use opening hours'));
    expect((fieldLabelled(el, 'Time zone') as unknown as HTMLSelectElement).value).toBe('Europe/Berlin');
    typeInto(el.querySelector('[aria-label="Monday until"]')!, '09:00', 'change');
    click(buttonWith(el, 'Save settings'));
    await settle();
    expect(el.querySelector('.span [role="alert"]')?.textContent).toBe('Enter a start and an end time that differ.');
    expect(saved()).toBeUndefined();

    typeInto(el.querySelector('[aria-label="Monday until"]')!, '12:00', 'change');
    click(el.querySelector('[aria-label="Add opening hours on Saturday"]')!);
    click(el.querySelector('[aria-label="Remove these hours on Friday"]')!);
    typeInto(fieldLabelled(el, 'Time zone'), 'Europe/Oslo', 'change');
    click(buttonWith(el, 'Save settings'));
    await settle();
    expect(saved()?.openingHours).toEqual({
      timeZone: 'Europe/Oslo',
      days: { mon: [['09:00', '12:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], sat: [['09:00', '17:00']] },
    });
  });

  it('shows the background reason when it refuses', async () => {
    const { el } = await setup({ save: vi.fn(async () => 'The time zone is not known') });
    click(buttonWith(el, 'Save settings'));
    await settle();
    expect(el.querySelector('.status')?.textContent).toBe('Not saved: The time zone is not known');
  });

  it('per Page: the picker loads that Page, and Away can then be switched, showing until when', async () => {
    const { el, props } = await setup();
    expect(el.textContent).toContain('Choose a Page above to switch it to away.');
    const picker = fieldLabelled(el, 'Settings for') as unknown as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Default for all Pages', 'Nordlys Shop', 'Page 222']);
    typeInto(picker, '111', 'change');
    await settle();
    expect(props.load).toHaveBeenLastCalledWith('111');
    const toggle = el.querySelector('[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    click(toggle);
    await settle();
    expect(props.setAway).toHaveBeenCalledWith('111', true);
    expect(el.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
    expect(el.querySelector('.away .help')?.textContent).toContain(`Away until ${formatClock(NOW + 12 * 3_600_000, 'en')}`);
  });

  it.each(LOCALES)('renders every field and error in %s', async (locale) => {
    const { el } = await setup({ load: vi.fn(async () => ({ settings: { ...DEFAULT_SETTINGS, timeTargetSeconds: 600 }, awayUntil: NOW + 3_600_000 })) }, locale);
    typeInto(el.querySelector('#page-picker')!, '111', 'change');
    await settle();
    click(el.querySelector('.opening-hours input[type="checkbox"]')!);
    typeInto(el.querySelector('#field-ratePercent')!, 'x');
    typeInto(el.querySelector('#field-windowDays')!, '0');
    typeInto(el.querySelector('#field-riskLeadMinutes')!, '-1');
    click(el.querySelector('.settings-form button[type="submit"]')!);
    await settle();
    expect(el.querySelectorAll('[role="alert"]').length).toBe(4);
  });
});

describe('SettingsSection unsaved changes', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('says a changed target is not saved yet and asks before the page is left; saving ends both', async () => {
    const { el } = await setup({}, 'de');
    expect(leave()).toBe(false);
    typeInto(fieldLabelled(el, 'Ziel für die Antwortrate'), '95');
    expect(el.querySelector('.settings-form .status')?.textContent).toBe('Noch nicht gespeichert: Klicke auf „Einstellungen speichern“, um deine Änderungen zu übernehmen.');
    expect(leave()).toBe(true);
    click(buttonWith(el, 'Einstellungen speichern'));
    await settle();
    expect(el.querySelector('.settings-form .status')?.textContent).toBe('Gespeichert.');
    expect(leave()).toBe(false);
  });

  it('a change undone by hand is nothing to save', async () => {
    const { el } = await setup();
    typeInto(fieldLabelled(el, 'Response rate target'), '95');
    typeInto(fieldLabelled(el, 'Response rate target'), '90');
    expect(el.querySelector('.settings-form .status')?.textContent).toBe('');
    expect(leave()).toBe(false);
  });

  describe('picking another Page with changes not saved', () => {
    const picker = (el: HTMLElement) => fieldLabelled(el, 'Settings for') as unknown as HTMLSelectElement;
    async function changedThenPick(overrides: Partial<SettingsSectionProps> = {}) {
      const env = await setup(overrides);
      typeInto(fieldLabelled(env.el, 'Response rate target'), '95');
      typeInto(picker(env.el), '111', 'change');
      await settle();
      return env;
    }

    it('asks first, keeps the picker on the current Page, and focuses "Stay here"; staying keeps the change', async () => {
      const { el, props } = await changedThenPick();
      expect(el.querySelector('.switch-confirm p')?.textContent).toBe('Your changes here are not saved. Switch to “Nordlys Shop”?');
      expect(picker(el).value).toBe('');
      expect(props.load).toHaveBeenCalledTimes(1);
      expect(document.activeElement?.textContent).toBe('Stay here');
      click(buttonWith(el, 'Stay here'));
      await settle();
      expect(el.querySelector('.switch-confirm')).toBeNull();
      expect(fieldLabelled(el, 'Response rate target').value).toBe('95');
      expect(document.activeElement).toBe(picker(el));
    });

    it('Escape stays as well', async () => {
      const { el } = await changedThenPick();
      el.querySelector('.switch-confirm')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await settle();
      expect(el.querySelector('.switch-confirm')).toBeNull();
      expect(fieldLabelled(el, 'Response rate target').value).toBe('95');
    });

    it('"Switch without saving" drops the change and loads the Page picked', async () => {
      const { el, props } = await changedThenPick();
      click(buttonWith(el, 'Switch without saving'));
      await settle();
      expect(props.save).not.toHaveBeenCalled();
      expect(props.load).toHaveBeenLastCalledWith('111');
      expect(picker(el).value).toBe('111');
      expect(fieldLabelled(el, 'Response rate target').value).toBe('90');
    });

    it('"Save and switch" saves for the Page shown, then loads the Page picked', async () => {
      const { el, props, saved } = await changedThenPick();
      click(buttonWith(el, 'Save and switch'));
      await settle();
      expect((props.save as ReturnType<typeof vi.fn>).mock.calls.at(-1)?.[0]).toBeNull();
      expect(saved()?.rateTarget).toBe(0.95);
      expect(props.load).toHaveBeenLastCalledWith('111');
      expect(picker(el).value).toBe('111');
    });

    it('"Save and switch" with a refused save stays, with the reason shown', async () => {
      const { el, props } = await changedThenPick({ save: vi.fn(async () => 'The disk is full') });
      click(buttonWith(el, 'Save and switch'));
      await settle();
      expect(props.load).toHaveBeenCalledTimes(1);
      expect(picker(el).value).toBe('');
      expect(el.querySelector('.status')?.textContent).toBe('Not saved: The disk is full');
      expect(fieldLabelled(el, 'Response rate target').value).toBe('95');
    });

    it('with nothing changed, picking switches at once', async () => {
      const { el, props } = await setup();
      typeInto(picker(el), '222', 'change');
      await settle();
      expect(el.querySelector('.switch-confirm')).toBeNull();
      expect(props.load).toHaveBeenLastCalledWith('222');
      expect(picker(el).value).toBe('222');
    });
  });
});
