import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleHealth, handleObserve } from '@/core/pages/observe';
import { buildOverview, pageList } from '@/core/pages/overview';
import { getTemplates, putTemplates, templateUsed } from '@/core/pages/options';
import { handleDelivery } from '@/core/pages/delivery';
import { openStore } from '@/core/store/connection';
import { batch, message, MIN, T0 } from '../../support/batches';
import { diskFull } from '../../support/disk-full';
import { inboxUrl, startBackground } from '../../support/background-harness';

const DAY = 24 * 60 * MIN;
beforeEach(async () => { vi.restoreAllMocks(); await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

const waits = (id: string, at: number) => batch({ open: { threadId: id, title: id, messages: [message(`m-${id}`, 'customer', at)] } });
const answered = (id: string, at: number, after: number) => batch({ open: { threadId: id, title: id, messages: [message(`c-${id}`, 'customer', at), message(`p-${id}`, 'page', at + after)] } });

describe('uiToBackground:overview', () => {
  it('is null off the inbox before any Page was seen', async () => {
    await startBackground([{ id: 5, url: 'https://example.org/', active: true }]);
    expect(await buildOverview(null, T0)).toBeNull();
  });

  it('gives an inbox tab whose URL names no Page no figures, not those of the Page seen last', async () => {
    await handleObserve(waits('a', T0), T0 + MIN);
    const noPage = { id: 6, url: 'https://business.facebook.com/latest/inbox/messenger?nav_ref=bizweb', active: true };
    (fakeBrowser.tabs as unknown as { query: unknown }).query = vi.fn(async () => [noPage]);
    expect(await buildOverview(null, T0 + 2 * MIN)).toBeNull();
  });

  it('keeps the Page name the inbox shows with the Page', async () => {
    await handleObserve(batch({ ...waits('a', T0), pageName: 'Nordlys Shop' }), T0 + MIN);
    expect((await buildOverview('111', T0 + 2 * MIN))?.pageName).toBe('Nordlys Shop');
    await handleObserve(waits('b', T0), T0 + 3 * MIN); // a batch read before the name rendered keeps it
    expect(await pageList()).toEqual([{ pageId: '111', pageName: 'Nordlys Shop' }]);
  });

  it('gives the figures, the waiting list most urgent first, the latest health and the settings', async () => {
    await handleObserve(waits('newer', T0 + 5 * MIN), T0 + 6 * MIN);
    await handleObserve(waits('older', T0), T0 + 6 * MIN);
    await handleObserve(waits('expired', T0 - 2 * DAY), T0 + 6 * MIN);
    await handleHealth({ pageId: '111', health: { list: true, transcript: false, problems: ['transcript'] } }, T0 + 6 * MIN);
    const overview = (await buildOverview(null, T0 + 7 * MIN))!;
    expect(overview.pageId).toBe('111');
    expect(overview.waiting.map((w) => w.threadId)).toEqual(['older', 'newer', 'expired']);
    expect(overview.waiting[0]).toMatchObject({ pageId: '111', states: ['ok'] });
    expect(overview.waitingCount).toBe(3);
    expect(overview.health).toEqual({ list: true, transcript: false, problems: ['transcript'] });
    expect(overview.settings.timeTargetSeconds).toBe(900);
    expect(overview.stats.requests).toBe(3);
    expect(await pageList()).toEqual([{ pageId: '111', pageName: null }]);
  });

  it("gives the popup what the Page's tab last said about storing its observations, even when nothing can be stored", async () => {
    await handleObserve(waits('a', T0), T0 + MIN);
    diskFull();
    handleDelivery({ pageId: '111', delivery: { storeFailure: 'quota', droppedBatches: 2 } });
    expect((await buildOverview('111', T0 + 2 * MIN))!.delivery).toEqual({ storeFailure: 'quota', droppedBatches: 2 });
    vi.restoreAllMocks();
    handleDelivery({ pageId: '111', delivery: { storeFailure: null, droppedBatches: 0 } });
    expect((await buildOverview('111', T0 + 3 * MIN))!.delivery).toBeNull();
  });

  it('sends the popup the most urgent waiting conversations and how many wait in all, not every one', async () => {
    for (let i = 0; i < 25; i++) await handleObserve(waits(`t${i}`, T0 + i * 10_000), T0 + 6 * MIN);
    const overview = (await buildOverview('111', T0 + 7 * MIN))!;
    expect(overview.waitingCount).toBe(25);
    expect(overview.waiting.map((w) => w.threadId)).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`));
    expect('threads' in overview.stats).toBe(false);
  });

  it('draws 30 days of history, each day as it stood at its end, and caches finished days', async () => {
    await handleObserve(answered('a', T0 - 3 * DAY, 2 * MIN), T0 - 3 * DAY + 3 * MIN);
    await handleObserve(answered('b', T0 - DAY, 40 * MIN), T0 - DAY + 41 * MIN);
    const { history } = (await buildOverview('111', T0))!;
    expect(history).toHaveLength(30);
    expect(history.map((p) => p.day)).toEqual([...history.map((p) => p.day)].sort((x, y) => x - y));
    const withData = history.filter((p) => p.responseRate !== null);
    expect(withData[0]).toMatchObject({ responseRate: 1, responseTimeSeconds: 120 });
    // The window holds both requests: (120 s + 2400 s) / 2.
    expect(history.at(-1)).toMatchObject({ responseRate: 1, responseTimeSeconds: 1260 });
    expect(history.slice(0, 26).every((p) => p.responseRate === null)).toBe(true);
    expect(await (await openStore()).count('history')).toBe(29);
  });

  it('drops cached days when an older message arrives', async () => {
    await buildOverview('111', T0);
    await handleObserve(answered('old', T0 - 5 * DAY, MIN), T0);
    const { history } = (await buildOverview('111', T0))!;
    expect(history.filter((p) => p.responseRate === 1).length).toBeGreaterThanOrEqual(5);
  });
});

describe('templates', () => {
  it('counts each use', async () => {
    await putTemplates({ templates: [{ id: 't', title: 'T', body: 'B', language: 'en', keywords: [], usage: 0, order: 0 }] });
    await templateUsed({ templateId: 't' });
    await templateUsed({ templateId: 't' });
    expect((await getTemplates())[0]!.usage).toBe(2);
  });
});

describe('saving templates', () => {
  it('refuses a malformed list or duplicate ids and changes nothing', async () => {
    const good = { id: 't', title: 'T', body: 'B', language: 'en', keywords: [], usage: 0, order: 0 };
    await putTemplates({ templates: [good] });
    await expect(putTemplates({ templates: [good, { ...good, title: 'again' }] })).rejects.toThrow('templates_error_invalid');
    await expect(putTemplates({ templates: [{ ...good, usage: -1 }] })).rejects.toThrow('templates_error_invalid');
    expect(await getTemplates()).toEqual([good]);
  });
});

describe('overview without a Page named', () => {
  it('shows the active tab\'s Page rather than the one seen last', async () => {
    await handleObserve(waits('x', T0), T0);
    await handleObserve({ ...waits('y', T0), pageId: '222' }, T0 + MIN);
    expect((await buildOverview(null, T0 + 2 * MIN))!.pageId).toBe('111');
  });
});

describe('saving templates when the disk is full', () => {
  it('keeps the list as it was', async () => {
    const good = { id: 't', title: 'T', body: 'B', language: 'en', keywords: [], usage: 0, order: 0 };
    await putTemplates({ templates: [good] });
    diskFull('templates');
    await expect(putTemplates({ templates: [{ ...good, id: 'u' }] })).rejects.toThrow('store_error_quota');
    vi.restoreAllMocks();
    expect(await getTemplates()).toEqual([good]);
  });
});
