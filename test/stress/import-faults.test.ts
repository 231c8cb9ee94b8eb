/**
 * Imports of bad and hostile files through the background's import handler: malformed,
 * truncated at every few bytes, oversized, wrong version, hostile strings (markup, very long, RTL
 * overrides, NUL), prototype keys, and a disk that fills up while writing. Every rejection
 * carries a message and leaves the store and the settings exactly as they were; what is
 * accepted comes back as the same inert text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAllData, exportData, importData } from '@/core/pages/data-transfer';
import { handleObserve } from '@/core/pages/observe';
import { putTemplates } from '@/core/pages/options';
import { loadAllSettings } from '@/core/settings';
import { readEverything } from '@/core/store/backup';
import { MAX_BACKUP_BYTES } from '@/core/file-transfer';
import { batch, message, MIN, row, T0 } from '../support/batches';
import { diskFull } from '../support/disk-full';
import { inboxUrl, startBackground } from '../support/background-harness';

const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '\u202Egnp.exe', 'a\u0000b', 'مرحبا', '👩‍👩‍👧', '"},"format":"x'];
const TRUNCATION_STEP = process.env.STRESS === '1' ? 1 : 97;

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });
afterEach(() => vi.restoreAllMocks());

async function fill(): Promise<string> {
  await handleObserve(batch({ rows: [row('title:a', T0, false, 'A')], open: { threadId: '1', title: 'A', messages: [message('c1', 'customer', T0), message('p1', 'page', T0 + 3 * MIN, { author: 'Kari' })] } }), T0 + 5 * MIN);
  await putTemplates({ templates: [{ id: 't1', title: 'Hi', body: 'Hello {first_name}', language: 'en', keywords: ['hello'], usage: 0, order: 0 }] });
  return (await exportData('json', T0 + 10 * MIN)).text;
}

async function everything() {
  const stored = await readEverything();
  const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return { ...stored, threads: byKey(stored.threads, (t) => t.key), messages: byKey(stored.messages, (m) => m.key), settings: await loadAllSettings() };
}

async function expectRejectedUnchanged(json: string, error?: RegExp): Promise<void> {
  const before = await everything();
  const result = await importData(json, T0 + 60 * MIN);
  expect(result.ok, `accepted: ${json.slice(0, 120)}`).toBe(false);
  if (!result.ok) {
    expect(result.error.trim().length).toBeGreaterThan(0);
    if (error) expect(result.error).toMatch(error);
  }
  expect(await everything()).toEqual(before);
}

describe('import: bad files are rejected with a message and change nothing', () => {
  it(`truncated at every ${TRUNCATION_STEP === 1 ? '' : `${TRUNCATION_STEP}th `}byte`, async () => {
    const good = await fill();
    for (let cut = 0; cut < good.length; cut += TRUNCATION_STEP) await expectRejectedUnchanged(good.slice(0, cut));
  });

  it('malformed shapes: null, arrays, numbers, a record of the wrong type, an unknown store, missing stores', async () => {
    const good = JSON.parse(await fill()) as Record<string, unknown>;
    const spoiled = [
      'null', '[]', '0', '"replyclock-backup"', '{}', '\u0000', '\uFEFF{}',
      JSON.stringify({ ...good, messages: {} }), JSON.stringify({ ...good, threads: [null] }),
      JSON.stringify({ ...good, extra: [] }), JSON.stringify({ ...good, pages: undefined }),
      JSON.stringify({ ...good, exportedAt: -1 }), JSON.stringify({ ...good, version: '1' }), JSON.stringify({ ...good, version: 0 }),
      JSON.stringify({ ...good, format: 'replyclock-backup ' }),
      JSON.stringify({ ...good, templates: [{ id: 't', title: 'x', body: 'x'.repeat(5001), language: 'en', keywords: [], usage: 0, order: 0 }] }),
      JSON.stringify({ ...good, messages: [...(good.messages as object[]), { ...(good.messages as object[])[0], key: 'k'.repeat(501) }] }),
    ];
    for (const json of spoiled) await expectRejectedUnchanged(json);
  });

  it('a newer or older version says so', async () => {
    const good = JSON.parse(await fill()) as Record<string, unknown>;
    for (const version of [2, 99, 0]) await expectRejectedUnchanged(JSON.stringify({ ...good, version }), /import_error_version/);
  });

  it('oversized: a file larger than an import reads is refused before it is parsed', async () => {
    const good = await fill();
    await expectRejectedUnchanged(good.slice(0, -1) + `,"padding":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`, /import_error_too_large/);
  });

  it('prototype keys (__proto__, constructor) in the settings of a Page neither pollute nor slip through', async () => {
    const good = await fill();
    const hostile = good.replace('"pages":{', '"pages":{"__proto__":{"polluted":true},');
    const result = await importData(hostile, T0 + 60 * MIN);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      const settings = await loadAllSettings();
      expect(Object.getPrototypeOf(settings.pages)).toBe(Object.prototype);
      expect(Object.keys(settings.pages)).not.toContain('__proto__');
    } else expect(result.error.length).toBeGreaterThan(0);
  });

  it('the disk fills up while the import is written: a clear message and the old data intact', async () => {
    const good = await fill();
    await handleObserve(batch({ open: { threadId: '5', title: 'After export', messages: [message('c5', 'customer', T0 + 30 * MIN)] } }), T0 + 31 * MIN);
    const before = await everything();
    diskFull('threadMessages');
    const outcome = await importData(good, T0 + 60 * MIN).then((r) => r, (e: unknown) => ({ ok: false as const, error: `THREW ${String(e)}` }));
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
    expect(outcome).toEqual({ ok: false, error: 'import_error_quota' });
  });
});

describe('import: hostile strings in a valid file stay inert text', () => {
  it('markup, RTL override, NUL, emoji and quotes in names, authors and templates come back exactly as written', async () => {
    const data = JSON.parse(await fill()) as { threads: { title: string | null }[]; messages: { author: string | null }[]; pages: { pageName: string | null }[]; templates: { title: string; body: string }[] };
    data.threads.forEach((t, i) => { t.title = HOSTILE[i % HOSTILE.length]!; });
    data.messages.forEach((m, i) => { m.author = HOSTILE[(i + 1) % HOSTILE.length]!; });
    data.pages.forEach((p, i) => { p.pageName = HOSTILE[(i + 2) % HOSTILE.length]!; });
    data.templates = HOSTILE.map((text, i) => ({ id: `h${i}`, title: text, body: `${text} {first_name} ${'y'.repeat(4000)}`, language: 'en', keywords: [text], usage: 0, order: i }));
    const result = await importData(JSON.stringify(data), T0 + 60 * MIN);
    expect(result).toMatchObject({ ok: true });
    const stored = await readEverything();
    expect(stored.threads.map((t) => t.title).sort()).toEqual(data.threads.map((t) => t.title).sort());
    expect(stored.templates.map((t) => t.title).sort()).toEqual([...HOSTILE].sort());
    // and the round trip is exact
    const again = JSON.parse((await exportData('json', T0 + 60 * MIN)).text) as typeof data;
    expect(again.templates.map((t) => t.body).sort()).toEqual(data.templates.map((t) => t.body).sort());
    await deleteAllData();
    expect(await importData(JSON.stringify(again), T0 + 60 * MIN)).toMatchObject({ ok: true });
  });
});
