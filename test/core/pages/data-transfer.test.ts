import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllData, exportData, importData, startExport } from '@/core/pages/data-transfer';
import { partToSend, receivedText, receivePart } from '@/core/pages/file-parts';
import { handleObserve } from '@/core/pages/observe';
import { putSettings, putTemplates, switchAway } from '@/core/pages/options';
import { pageFigures } from '@/core/pages/page-figures';
import { DEFAULT_SETTINGS, loadAllSettings } from '@/core/settings';
import { readEverything } from '@/core/store/backup';
import { loadAllAgentNames, saveAgentNames } from '@/core/agent-names';
import { MAX_BACKUP_BYTES, TRANSFER_PART_CHARS } from '@/core/file-transfer';
import { openStore } from '@/core/store/connection';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { batch, message, MIN, row, T0 } from '../../support/batches';
import { diskFull } from '../../support/disk-full';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

async function fillStore(): Promise<void> {
  await handleObserve(batch({ rows: [row('title:a', T0, false, 'A'), row('title:b', T0 + MIN, false, 'B')], open: { threadId: '1', title: 'A', assignedTo: 'Kari', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 3 * MIN, { author: 'Kari' })] } }), T0 + 5 * MIN);
  await handleObserve(batch({ pageId: '222', open: { threadId: '9', title: 'Z', messages: [message('c9', 'customer', T0, { automated: false })] } }), T0 + 5 * MIN);
  await switchAway({ pageId: '222', away: true }, T0 + 10 * MIN);
  await putTemplates({ templates: [{ id: 't1', title: 'Hi', body: 'Hello {first_name}', language: 'en', keywords: ['hello'], usage: 2, order: 0 }] });
  await putSettings({ pageId: '222', settings: { ...DEFAULT_SETTINGS, timeTargetSeconds: 300, notifications: true } }, T0 + 10 * MIN);
  await saveAgentNames('111', { Kari: 'Kari Nordmann' });
}

async function snapshot() {
  const stored = await readEverything();
  const sortBy = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    pages: sortBy(stored.pages, (p) => p.pageId), threads: sortBy(stored.threads, (t) => t.key), messages: sortBy(stored.messages, (m) => m.key),
    away: stored.away, templates: stored.templates, settings: await loadAllSettings(), agentNames: await loadAllAgentNames(),
  };
}

describe('export → delete → import', () => {
  it('gives back exactly what was there, the agents\' names and assignments too', async () => {
    await fillStore();
    const before = await snapshot();
    expect(before.agentNames).toEqual({ 111: { Kari: 'Kari Nordmann' } });
    expect(before.threads.find((t) => t.threadKey === '1')?.assignedTo).toBe('Kari');
    const file = await exportData('json', T0 + 20 * MIN);
    expect(file.fileName).toMatch(/^replyclock-backup-.*\.json$/);
    await deleteAllData();
    expect(await snapshot()).toMatchObject({ messages: [], threads: [], agentNames: {} });
    expect(await importData(file.text, T0 + 20 * MIN)).toEqual({ ok: true, messages: before.messages.length, threads: before.threads.length });
    expect(await snapshot()).toEqual(before);
    expect((await pageFigures('111')).stats(T0 + 20 * MIN).requests).toBe(2);
  });

  it('writes a CSV line per request with its status and response time', async () => {
    await fillStore();
    const { fileName, text: csv } = await exportData('csv', T0 + 20 * MIN);
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
    ['larger than an import reads', (json) => json + ' '.repeat(MAX_BACKUP_BYTES), /import_error_too_large/],
  ];
  for (const [name, spoil, error] of cases) {
    it(`rejects ${name}`, async () => {
      await fillStore();
      const good = (await exportData('json', T0)).text;
      await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
      const before = await snapshot();
      const result = await importData(spoil(good), T0 + 31 * MIN);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(error);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('import when the disk is full', () => {
  it('says so and keeps what was there', async () => {
    await fillStore();
    const good = (await exportData('json', T0)).text;
    await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
    const before = await snapshot();
    diskFull('threadMessages');
    expect(await importData(good, T0 + 31 * MIN)).toEqual({ ok: false, error: 'import_error_quota' });
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});

/** The export of `fillStore`, as an object to spoil. */
async function exported(): Promise<Record<string, any>> {
  await fillStore();
  return JSON.parse((await exportData('json', T0 + 20 * MIN)).text) as Record<string, any>;
}

describe('import checks ids, instants and duplicates', () => {
  const DAY = 24 * 60 * MIN;
  const cases: Array<[string, (d: Record<string, any>) => void, RegExp]> = [
    ['a Page id that is not digits', (d) => { d.pages[0].pageId = 'page-1'; }, /import_error_invalid \(pages\.0\.pageId\)/],
    ['a thread id that is not digits', (d) => { d.threads[0].threadId = '1; drop'; }, /import_error_invalid \(threads\.0\.threadId\)/],
    ['a thread key that is neither an id nor a row', (d) => { d.threads[0].threadKey = 'x'; d.threads[0].key = `${d.threads[0].pageId}|x`; }, /import_error_invalid \(threads\.0\.threadKey\)/],
    ['a message from the day after tomorrow', (d) => { d.messages[0].at = T0 + 20 * MIN + 2 * DAY; }, /import_error_invalid \(messages\.0\.at\)/],
    ['an Away period of next year', (d) => { d.away[0].from = T0 + 365 * DAY; }, /import_error_invalid \(away\.0\.from\)/],
    ['a message twice', (d) => { d.messages.push({ ...d.messages[0] }); }, /import_error_duplicate \(messages\.4\.key\)/],
    ['a thread twice', (d) => { d.threads.push({ ...d.threads[0] }); }, /import_error_duplicate \(threads\.3\.key\)/],
    ['a Page twice', (d) => { d.pages.push({ ...d.pages[0] }); }, /import_error_duplicate \(pages\.2\.pageId\)/],
    ['a template twice', (d) => { d.templates.push({ ...d.templates[0] }); }, /import_error_duplicate \(templates\.1\.id\)/],
    ['settings of a Page whose id is not digits', (d) => { d.settings.pages.constructor = d.settings.default; }, /import_error_invalid \(settings\.pages\.constructor\)/],
  ];
  for (const [name, spoil, error] of cases) {
    it(`rejects ${name}`, async () => {
      const data = await exported();
      spoil(data);
      const before = await snapshot();
      const result = await importData(JSON.stringify(data), T0 + 20 * MIN);
      expect(result.ok ? 'accepted' : result.error).toMatch(error);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('accepts instants up to a day ahead (a clock a little fast)', async () => {
    const data = await exported();
    data.messages[0].at = T0 + 20 * MIN + DAY - MIN;
    expect(await importData(JSON.stringify(data), T0 + 20 * MIN)).toMatchObject({ ok: true });
  });
});

describe('Away after an import', () => {
  it('works although the file gave a record an id the store cannot count past', async () => {
    const data = await exported();
    data.away[0].id = 2 ** 53;
    expect(await importData(JSON.stringify(data), T0 + 20 * MIN)).toMatchObject({ ok: true });
    await switchAway({ pageId: '222', away: false }, T0 + 21 * MIN);
    expect(await switchAway({ pageId: '111', away: true }, T0 + 22 * MIN)).toEqual({ awayUntil: T0 + 22 * MIN + 12 * 60 * MIN });
    expect((await readEverything()).away.map((a) => a.id)).not.toContain(2 ** 53);
  });

  it('works again after "delete all data" when the store had run out of ids', async () => {
    const db = await openStore();
    await db.put('away', { id: 2 ** 53, pageId: '111', from: T0, to: T0 + MIN, source: 'banner' });
    await expect(switchAway({ pageId: '111', away: true }, T0 + 10 * MIN)).rejects.toThrow(/^store_error_write$/);
    await deleteAllData();
    expect(await switchAway({ pageId: '111', away: true }, T0 + 10 * MIN)).toEqual({ awayUntil: T0 + 10 * MIN + 12 * 60 * MIN });
  });
});

describe('import is all or nothing', () => {
  it('keeps the store, the settings and the figures when the settings cannot be written', async () => {
    const data = await exported();
    data.settings.default = { ...DEFAULT_SETTINGS, timeTargetSeconds: 600 };
    await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
    const before = await snapshot();
    const requestsBefore = (await pageFigures('111')).stats(T0 + 40 * MIN).requests;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await importData(JSON.stringify(data), T0 + 40 * MIN);
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'import_error_write' });
    expect(await snapshot()).toEqual(before);
    expect((await pageFigures('111')).stats(T0 + 40 * MIN).requests).toBe(requestsBefore);
  });

  it('puts the settings back when the store cannot be written', async () => {
    const data = await exported();
    data.settings.default = { ...DEFAULT_SETTINGS, timeTargetSeconds: 600 };
    const before = await snapshot();
    diskFull();
    const result = await importData(JSON.stringify(data), T0 + 40 * MIN);
    vi.restoreAllMocks();
    expect(result).toEqual({ ok: false, error: 'import_error_quota' });
    expect(await snapshot()).toEqual(before);
  });
});

/** A backup of `threads` conversations of `perThread` messages each on Page 111, as an export writes it. */
function largeBackup(threads: number, perThread: number): string {
  const settings = { default: DEFAULT_SETTINGS, pages: {} };
  const data = { format: 'replyclock-backup', version: 1, exportedAt: T0, pages: [{ pageId: '111', pageName: 'Shop', lastSeenAt: T0, health: null, healthAt: null }], threads: [] as object[], messages: [] as object[], away: [], templates: [], settings };
  for (let t = 0; t < threads; t++) {
    const threadKey = String(100_000 + t);
    data.threads.push({ key: `111|${threadKey}`, pageId: '111', threadKey, threadId: threadKey, rowKey: `title:Customer ${t}`, title: `Customer ${t}`, channel: 'messenger', folder: 'inbox', lastSeenAt: T0 });
    for (let m = 0; m < perThread; m++) {
      const messageId = `mid.$cAAAAB${t}x${m}AbCdEfGhIjKlMnOp`;
      data.messages.push({ key: `111|${messageId}`, pageId: '111', threadKey, messageId, at: T0 - (perThread - m) * MIN, atQuality: 'utime', from: m % 2 ? 'page' : 'customer', automated: false, author: m % 2 ? 'Kari Nordmann' : null, provisional: false });
    }
  }
  return JSON.stringify(data);
}

describe('a large store', () => {
  it('100,000 messages (an export of more than 20 MB) import', async () => {
    const json = largeBackup(1000, 100);
    expect(json.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(await importData(json, T0)).toEqual({ ok: true, messages: 100_000, threads: 1000 });
    expect((await pageFigures('111')).stats(T0).requests).toBeGreaterThan(0);
  }, 60_000);

  it('its export travels in parts that each fit in a runtime message, and comes back whole', async () => {
    expect(await importData(largeBackup(1000, 100), T0)).toMatchObject({ ok: true });
    const before = await snapshot();
    const started = await startExport('json', T0 + MIN);
    expect(started.bytes).toBeGreaterThan(20 * 1024 * 1024);
    const parts: string[] = [];
    for (let index = 0; index < started.parts; index++) parts.push(partToSend(started.transferId, index));
    expect(started.parts).toBeGreaterThan(1);
    expect(Math.max(...parts.map((p) => JSON.stringify({ text: p }).length))).toBeLessThan(64 * 1024 * 1024);
    expect(() => partToSend(started.transferId, 0)).toThrow(/transfer_error_lost/); // let go after the last part

    await deleteAllData();
    const text = parts.join('');
    const incoming = 'import-1';
    for (let index = 0; index * TRANSFER_PART_CHARS < text.length; index++) receivePart(incoming, index, text.slice(index * TRANSFER_PART_CHARS, (index + 1) * TRANSFER_PART_CHARS));
    expect(await importData(receivedText(incoming, Math.ceil(text.length / TRANSFER_PART_CHARS)), T0 + MIN)).toEqual({ ok: true, messages: 100_000, threads: 1000 });
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});

describe('a file in parts', () => {
  it('a part out of order or of another transfer is refused with a message', () => {
    receivePart('a', 0, '{');
    expect(() => receivePart('a', 2, '}')).toThrow(/transfer_error_lost/);
    expect(() => receivedText('a', 2)).toThrow(/transfer_error_lost/);
    expect(() => receivePart('b', 1, '}')).toThrow(/transfer_error_lost/);
  });

  it('more than an import reads is refused as it comes in', () => {
    const part = 'x'.repeat(TRANSFER_PART_CHARS);
    const parts = MAX_BACKUP_BYTES / TRANSFER_PART_CHARS;
    for (let index = 0; index < parts; index++) receivePart('big', index, part);
    expect(() => receivePart('big', parts, 'x')).toThrow(/import_error_too_large/);
  });
});
