import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllData, exportData, importData } from '@/core/pages/data-transfer';
import { handleObserve } from '@/core/pages/observe';
import { putSettings, putTemplates, switchAway } from '@/core/pages/options';
import { pageFigures } from '@/core/pages/page-figures';
import { DEFAULT_SETTINGS, loadAllSettings } from '@/core/settings';
import { readEverything } from '@/core/store/backup';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

async function fillStore(): Promise<void> {
  await handleObserve(batch({ rows: [row('title:a', T0, false, 'A'), row('title:b', T0 + MIN, false, 'B')], open: { threadId: '1', title: 'A', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 3 * MIN, { author: 'Kari' })] } }), T0 + 5 * MIN);
  await handleObserve(batch({ pageId: '222', open: { threadId: '9', title: 'Z', messages: [message('c9', 'customer', T0, { automated: false })] } }), T0 + 5 * MIN);
  await switchAway({ pageId: '222', away: true }, T0 + 10 * MIN);
  await putTemplates({ templates: [{ id: 't1', title: 'Hi', body: 'Hello {first_name}', language: 'en', keywords: ['hello'], usage: 2, order: 0 }] });
  await putSettings({ pageId: '222', settings: { ...DEFAULT_SETTINGS, timeTargetSeconds: 300, notifications: true } }, T0 + 10 * MIN);
}

async function snapshot() {
  const stored = await readEverything();
  const sortBy = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    pages: sortBy(stored.pages, (p) => p.pageId), threads: sortBy(stored.threads, (t) => t.key), messages: sortBy(stored.messages, (m) => m.key),
    away: stored.away, templates: stored.templates, settings: await loadAllSettings(),
  };
}

describe('export → delete → import', () => {
  it('gives back exactly what was there', async () => {
    await fillStore();
    const before = await snapshot();
    const file = await exportData('json', T0 + 20 * MIN);
    expect(file.fileName).toMatch(/^replyclock-backup-.*\.json$/);
    await deleteAllData();
    expect((await snapshot()).messages).toEqual([]);
    expect(await importData(file.json)).toEqual({ ok: true, messages: before.messages.length, threads: before.threads.length });
    expect(await snapshot()).toEqual(before);
    expect((await pageFigures('111')).stats(T0 + 20 * MIN).requests).toBe(2);
  });

  it('writes a CSV line per request with its status and response time', async () => {
    await fillStore();
    const { fileName, json: csv } = await exportData('csv', T0 + 20 * MIN);
    expect(fileName).toMatch(/\.csv$/);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('page_id,conversation,channel,folder,request_at,status,response_seconds');
    expect(lines).toContain(`111,A,messenger,inbox,${new Date(T0).toISOString()},answered,180`);
    expect(lines).toContain(`111,B,messenger,inbox,${new Date(T0 + MIN).toISOString()},pending,`);
  });
});

describe('import rejects a bad file and changes nothing', () => {
  const cases: Array<[string, (json: string) => string, RegExp]> = [
    ['truncated', (json) => json.slice(0, json.length / 2), /import_error_not_json/],
    ['not JSON', () => 'hello', /import_error_not_json/],
    ['another format', () => JSON.stringify({ hello: 1 }), /import_error_not_backup/],
    ['a newer version', (json) => JSON.stringify({ ...JSON.parse(json), version: 2 }), /import_error_version/],
    ['a malformed record', (json) => { const d = JSON.parse(json); d.messages[0].at = 'yesterday'; return JSON.stringify(d); }, /import_error_invalid \(messages\.0\.at\)/],
    ['a message of no thread', (json) => { const d = JSON.parse(json); d.messages[0].threadKey = 'nowhere'; return JSON.stringify(d); }, /import_error_invalid \(messages\.0\.threadKey\)/],
    ['message text smuggled in', (json) => { const d = JSON.parse(json); d.messages[0].text = 'Do you ship?'; return JSON.stringify(d); }, /import_error_invalid/],
    ['bad settings', (json) => { const d = JSON.parse(json); d.settings.default.rateTarget = 7; return JSON.stringify(d); }, /import_error_invalid/],
    ['larger than 20 MB', (json) => json + ' '.repeat(20 * 1024 * 1024), /import_error_too_large/],
  ];
  for (const [name, spoil, error] of cases) {
    it(`rejects ${name}`, async () => {
      await fillStore();
      const good = (await exportData('json', T0)).json;
      await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
      const before = await snapshot();
      const result = await importData(spoil(good));
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(error);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('import when the disk is full', () => {
  it('says so and keeps what was there', async () => {
    await fillStore();
    const good = (await exportData('json', T0)).json;
    await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
    const before = await snapshot();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'threadMessages') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await importData(good)).toEqual({ ok: false, error: 'store_error_quota' });
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});
