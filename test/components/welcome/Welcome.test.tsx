// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Welcome } from '@/components/welcome/Welcome';
import { buttonWith, click, LOCALES, messageOf, renderIn, settle } from '../../support/locale-render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Welcome (first-run page)', () => {
  it.each(LOCALES)('%s: says what ReplyClock does and reads, that nothing leaves, and how to turn on notifications and Away', (locale) => {
    const el = renderIn(locale, <Welcome onEnableNotifications={vi.fn(async () => {})} onOpenSettings={vi.fn()} />);
    expect(el.querySelector('h1')?.textContent).toBe(messageOf(locale, 'welcome_title'));
    for (const key of ['welcome_what', 'welcome_reads', 'welcome_private', 'welcome_notifications', 'welcome_away']) expect(el.textContent).toContain(messageOf(locale, key));
    expect(buttonWith(el, messageOf(locale, 'welcome_notifications_on'))).toBeTruthy();
  });

  it('turns notifications on at a click and says so; the settings open from the page', async () => {
    const onEnableNotifications = vi.fn(async () => {});
    const onOpenSettings = vi.fn();
    const el = renderIn('nb', <Welcome onEnableNotifications={onEnableNotifications} onOpenSettings={onOpenSettings} />);
    click(buttonWith(el, 'Slå på varsler'));
    await settle();
    expect(onEnableNotifications).toHaveBeenCalledOnce();
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Varsler er slått på. Du kan slå dem av i innstillingene.');
    expect(el.textContent).not.toContain('Slå på varsler');
    click(buttonWith(el, 'Åpne innstillingene'));
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });

  it('says why when notifications could not be turned on, and offers the button again', async () => {
    const el = renderIn('en', <Welcome onEnableNotifications={vi.fn(async () => { throw new Error('storage is full'); })} onOpenSettings={vi.fn()} />);
    click(buttonWith(el, 'Turn on notifications'));
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Notifications could not be turned on: storage is full');
    expect(buttonWith(el, 'Turn on notifications')).toBeTruthy();
  });
});
