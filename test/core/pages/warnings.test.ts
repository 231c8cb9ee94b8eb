import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { handleObserve } from '@/core/pages/observe';
import { putSettings, switchAway } from '@/core/pages/options';
import { publishPage } from '@/core/pages/publish';
import { batch, message, MIN, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
const waits = (id: string, at: number) => batch({ open: { threadId: id, title: `Customer ${id}`, messages: [message(`m-${id}`, 'customer', at)] } });
const answered = (id: string, at: number, after: number) => batch({ open: { threadId: id, title: id, messages: [message(`c-${id}`, 'customer', at), message(`p-${id}`, 'page', at + after)] } });

describe('warnings', () => {
  it('say nothing unless the user opted in', async () => {
    await handleObserve(waits('1', T0), T0 + 8 * MIN);
    expect(await shown()).toEqual([]);
  });

  it('warn once when a conversation reaches "soon", never again for it', async () => {
    await putSettings({ pageId: '111', settings: { ...DEFAULT_SETTINGS, notifications: true } }, T0);
    await handleObserve(waits('1', T0), T0 + 2 * MIN);
    expect(await shown()).toEqual([]);
    await publishPage('111', T0 + 8 * MIN);
    expect(await shown()).toEqual([`soon|111|1|${T0}`]);
    await fakeBrowser.notifications.clear(`soon|111|1|${T0}`);
    await publishPage('111', T0 + 9 * MIN);
    await publishPage('111', T0 + 12 * MIN);
    expect(await shown()).toEqual([]);
  });

  it('warn once when the Page turns at-risk', async () => {
    await putSettings({ pageId: '111', settings: { ...DEFAULT_SETTINGS, notifications: true } }, T0);
    for (let i = 0; i < 10; i++) await handleObserve(answered(`a${i}`, T0 - (20 - i) * 60 * MIN, 2 * MIN), T0 - 60 * MIN);
    await handleObserve(waits('late', T0), T0 + MIN);
    // Earned now, but the waiting request turns missed in 3 minutes (less than the 5-minute risk lead).
    const { stats } = await publishPage('111', T0 + 24 * 60 * MIN - 3 * MIN);
    expect(stats.risk).toBe('at-risk');
    const keys = await shown();
    expect(keys.filter((k) => k.startsWith('at-risk|111|'))).toHaveLength(1);
    for (const key of keys) await fakeBrowser.notifications.clear(key);
    await publishPage('111', T0 + 24 * 60 * MIN - 2 * MIN);
    expect(await shown()).toEqual([]);
  });

  it('stay quiet outside opening hours and while Away by hand', async () => {
    const closedNow = { timeZone: 'UTC', days: { mon: [['00:00', '01:00'] as [string, string]] } };
    await putSettings({ pageId: '111', settings: { ...DEFAULT_SETTINGS, notifications: true, openingHours: closedNow } }, T0);
    await handleObserve(waits('1', T0), T0 + 8 * MIN);
    expect(await shown()).toEqual([]);
    await putSettings({ pageId: '111', settings: { ...DEFAULT_SETTINGS, notifications: true } }, T0);
    await switchAway({ pageId: '111', away: true }, T0 + 9 * MIN);
    await publishPage('111', T0 + 10 * MIN);
    expect(await shown()).toEqual([]);
  });
});

describe('clicking a warning', () => {
  it('brings the Page\'s inbox tab to the front', async () => {
    const { focusInboxTab } = await import('@/core/pages/tabs');
    const { warningPageId } = await import('@/core/pages/warnings');
    const update = vi.fn(async (tabId: number, props: { active: boolean }) => ({ id: tabId, windowId: 1, ...props }));
    (fakeBrowser.tabs as unknown as Record<string, unknown>).update = update;
    expect(warningPageId(`soon|111|1|${T0}`)).toBe('111');
    expect(warningPageId('other')).toBeNull();
    expect(await focusInboxTab('111')).toBe(true);
    expect(update).toHaveBeenCalledWith(1, { active: true });
    expect(await focusInboxTab('222')).toBe(false);
  });
});
