/**
 * The options page's data section end to end: export a JSON backup (a real download), delete
 * everything (after the confirmation step) and see the popup's figures gone, import the backup
 * and find the same figures again. A malformed file is refused with a clear message and
 * changes nothing.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { removeTempDir, trackTempDir } from './processes';
import { readConversations } from './read-all';
import { storedMessages } from './stored-messages';
import { check, test } from './runner';
import { popupShows } from './popup';
import { waitFor } from './wait';

const SEED = { duplicateRows: false, threads: [
  { name: 'Ola Nordmann', messages: [{ from: 'customer' as const, minutesAgo: 300 }, { from: 'page' as const, minutesAgo: 291 }] },
  { name: 'Giulia Romano', messages: [{ from: 'customer' as const, minutesAgo: 200 }, { from: 'page' as const, minutesAgo: 170 }] },
  { name: 'Lukas Berger', messages: [{ from: 'customer' as const, minutesAgo: 120 }, { from: 'page' as const, minutesAgo: 116 }] },
  { name: 'Sinta Dewi', messages: [{ from: 'customer' as const, minutesAgo: 45 }] },
] };

/** Rate, time and risk as the popup shows them (the waited times tick, these do not). */
function figuresIn(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const values = [...document.querySelectorAll('.badge-status .figure dd strong')].map((e) => e.textContent ?? '');
    const risk = document.querySelector('.badge-status h2.risk')?.textContent ?? '';
    return values.length === 2 ? `${values.join(' / ')} / ${risk}` : '';
  });
}

async function popupFigures(popup: Page, what: string, ok: (figures: string) => boolean): Promise<string> {
  return waitFor(what, async () => {
    await popup.reload();
    // Figures, or no verdict at all: no data, nothing to count yet, or still learning (R14).
    const shown = await waitFor('the popup to render', () => popup.evaluate(() => {
      const text = document.body.innerText;
      const noVerdict = text.includes('No data for this Page yet') || document.querySelector('.learning, .nothing-to-count') !== null;
      return text.includes('%') || noVerdict ? text : '';
    }));
    const figures = shown.includes('%') ? await figuresIn(popup) : '';
    return ok(figures) ? figures || 'none' : null;
  }, { intervalMs: 1000 });
}

/** The popup's figures once they have settled: the same on two readings in a row. */
function settledFigures(popup: Page, what: string): Promise<string> {
  let previous = '';
  return popupFigures(popup, what, (f) => {
    const settled = f !== '' && f === previous;
    previous = f;
    return settled;
  });
}

/** The note the data section shows after an action (status or alert). */
async function noteAfter(options: Page, action: () => Promise<unknown>): Promise<{ role: string; text: string }> {
  const before = await options.evaluate(() => document.querySelector('.data [role="status"], .data [role="alert"]')?.textContent ?? '');
  await action();
  return waitFor('the data section to answer', () => options.evaluate((old) => {
    const note = document.querySelector('.data [role="status"], .data [role="alert"]');
    return note && note.textContent !== old ? { role: note.getAttribute('role') ?? '', text: note.textContent ?? '' } : null;
  }, before));
}

test('chromium: export, delete all, import brings the same figures back; a malformed file changes nothing', async (t) => {
  const browser = await launchChromium({ demo: { seed: SEED } });
  t.defer(() => browser.close());
  const dir = mkdtempSync(join(os.tmpdir(), 'replyclock-roundtrip-'));
  trackTempDir(dir);
  t.defer(() => removeTempDir(dir));
  const inbox = await browser.openInbox();
  await readConversations(inbox, SEED.threads.map((thread) => thread.name));
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  await popupShows(popup, 'every seeded conversation counted', (text) => text.includes('Sinta Dewi') && /Waiting \(1\)/.test(text));
  const original = await settledFigures(popup, 'the figures to settle (the same twice)');
  t.log(`figures: ${original}`);

  const options = await browser.openExtensionPage('options.html');
  const exportButton = options.getByRole('button', { name: 'Export everything (JSON)' });
  await exportButton.waitFor();
  const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
  const backup = join(dir, download.suggestedFilename() || 'backup.json');
  await download.saveAs(backup);
  const json = readFileSync(backup, 'utf8');
  check(/\.json$/.test(download.suggestedFilename()), `export file name: ${download.suggestedFilename()}`);
  check(json.includes('Sinta Dewi') && !json.includes('Hi! Is this still available?'), 'the export lacks the conversations or holds message text');

  // A malformed file: a clear message, nothing changed.
  const malformed = join(dir, 'malformed.json');
  writeFileSync(malformed, json.slice(0, Math.floor(json.length / 2)));
  const refused = await noteAfter(options, () => options.setInputFiles('input[type="file"]', malformed));
  t.log(`malformed: [${refused.role}] ${refused.text}`);
  check(refused.role === 'alert' && /Import failed, nothing was changed: \S/.test(refused.text), `no clear message for a malformed file: ${refused.text}`);
  const afterMalformed = await popupFigures(popup, 'the figures after the refused import', () => true);
  check(afterMalformed === original, `a refused import changed the figures: ${original} → ${afterMalformed}`);

  // Delete all, after the confirmation step.
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  const deleted = await noteAfter(options, () => options.getByRole('button', { name: 'Yes, delete everything' }).click());
  check(deleted.text === 'All data deleted.', `delete all answered: ${deleted.text}`);
  // Gone: no data for the Page, or (the open inbox has told the background about its Page again) no figure.
  const noFigures = (f: string) => f === '' || f.startsWith('none yet / none yet /');
  const gone = await popupFigures(popup, 'the figures to be gone', noFigures).catch(async (error) => {
    const stored = await storedMessages(await browser.serviceWorker());
    const dump = JSON.stringify(stored.map((r) => [r.threadKey, r.from, r.provisional, Math.round((Date.now() - r.at) / 60000)]));
    throw new Error(`${(error as Error).message}\n  popup: ${await figuresIn(popup)}\n  stored: ${dump}`);
  });
  t.log(`after delete all: ${gone}`);
  check(gone === 'none' || noFigures(gone), `figures after delete all: ${gone}`);
  check(!(await popup.evaluate(() => document.body.innerText)).includes('Sinta Dewi'), 'Sinta still listed as waiting after delete all');

  const imported = await noteAfter(options, () => options.setInputFiles('input[type="file"]', backup));
  t.log(`import: [${imported.role}] ${imported.text}`);
  check(imported.role === 'status' && /^Imported \d+ messages in 4 conversations\.$/.test(imported.text), `import answered: ${imported.text}`);
  const back = await popupFigures(popup, 'the same figures after the import', (f) => !noFigures(f));
  check(back === original, `figures after the round trip: ${original} → ${back}`);
  await popupShows(popup, 'Sinta waiting again', (text) => text.includes('Sinta Dewi'));
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 180_000 });

const LARGE_THREADS = 1000;
const LARGE_PER_THREAD = 100;

/**
 * Writes Page 111's history straight into the worker's store (the state after weeks of use):
 * LARGE_THREADS conversations of LARGE_PER_THREAD messages, a customer's every hour answered
 * after 1 to 20 minutes, spread over the last 24 days. A string, not a function: see README "Notes".
 */
const SEED_LARGE_STORE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('replyclock');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['pages', 'threads', 'threadMessages'], 'readwrite');
    const now = Date.now();
    tx.objectStore('pages').put({ pageId: '111', pageName: 'Demo Page', lastSeenAt: now, health: null, healthAt: null });
    for (let t = 0; t < ${LARGE_THREADS}; t++) {
      const threadKey = String(1000000000 + t);
      const start = now - 60 * 3600000 - t * 30 * 60000;
      tx.objectStore('threads').put({ key: '111|' + threadKey, pageId: '111', threadKey, threadId: threadKey, rowKey: 'title:Customer ' + t, title: 'Customer ' + t, channel: 'messenger', folder: 'inbox', lastSeenAt: now });
      const messages = [];
      for (let m = 0; m < ${LARGE_PER_THREAD}; m++) {
        const id = 'mid.$gAAB' + String(t).padStart(6, '0') + 'x' + String(m).padStart(3, '0') + 'ZlcjP2VZ4xLlGTdyrzyHS'; // as long as Meta's
        messages.push({ key: '111|' + id, messageId: id, at: start + Math.floor(m / 2) * 3600000 + (m % 2 ? (1 + (t % 20)) * 60000 : 0), atQuality: 'utime', from: m % 2 ? 'page' : 'customer', automated: false, author: m % 2 ? 'Kari Nordmann' : null, provisional: false });
      }
      tx.objectStore('threadMessages').put({ key: '111|' + threadKey, pageId: '111', threadKey, ids: messages.map((x) => x.key), messages, firstAt: start });
    }
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

test('chromium: a 100,000-message store is exported and imported back whole', async (t) => {
  const browser = await launchChromium({ demo: { seed: { duplicateRows: false, threads: [] } } });
  t.defer(() => browser.close());
  const dir = mkdtempSync(join(os.tmpdir(), 'replyclock-large-'));
  trackTempDir(dir);
  t.defer(() => removeTempDir(dir));

  // The options page has the worker open (and so create) its store before the seed writes into it.
  const options = await browser.openExtensionPage('options.html');
  const exportButton = options.getByRole('button', { name: 'Export everything (JSON)' });
  await exportButton.waitFor();
  const worker = await browser.serviceWorker();
  await waitFor('the store to exist', () => worker.evaluate(`indexedDB.databases().then((all) => all.some((d) => d.name === 'replyclock' && d.version === 3))`));
  let started = Date.now();
  await worker.evaluate(SEED_LARGE_STORE);
  t.log(`seeded ${LARGE_THREADS * LARGE_PER_THREAD} messages in ${Date.now() - started} ms`);

  const inbox = await browser.openInbox();
  const popup = await browser.openExtensionPage('popup.html', { activeTab: inbox });
  const original = await settledFigures(popup, 'the seeded figures to settle');
  t.log(`figures: ${original}`);

  started = Date.now();
  // An export refused with a message fails the test at once, with that message.
  const refused = options.waitForSelector('.data [role="alert"]', { timeout: 60_000 }).then(async (note) => { throw new Error(`export refused: ${await note.textContent()}`); });
  refused.catch(() => undefined);
  const [download] = await Promise.all([Promise.race([options.waitForEvent('download', { timeout: 60_000 }), refused]), exportButton.click()]);
  const backup = join(dir, 'backup.json');
  await download.saveAs(backup);
  const size = statSync(backup).size;
  t.log(`export: ${(size / 1024 / 1024).toFixed(1)} MiB in ${Date.now() - started} ms`);
  check(size > 20 * 1024 * 1024, `the export is only ${size} bytes`);
  const exported = JSON.parse(readFileSync(backup, 'utf8')) as { messages: unknown[]; threads: unknown[] };
  check(exported.messages.length === LARGE_THREADS * LARGE_PER_THREAD, `the export holds ${exported.messages.length} messages`);

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  const deleted = await noteAfter(options, () => options.getByRole('button', { name: 'Yes, delete everything' }).click());
  check(deleted.text === 'All data deleted.', `delete all answered: ${deleted.text}`);

  started = Date.now();
  const imported = await noteAfter(options, () => options.setInputFiles('input[type="file"]', backup));
  t.log(`import: [${imported.role}] ${imported.text} in ${Date.now() - started} ms`);
  check(imported.text === `Imported ${exported.messages.length} messages in ${exported.threads.length} conversations.`, `import answered: ${imported.text}`);
  const back = await popupFigures(popup, 'the same figures after the import', (f) => f === original);
  check(back === original, `figures after the round trip: ${original} → ${back}`);
  check(browser.blockedRequests.length === 0, `unexpected requests: ${browser.blockedRequests.join(', ')}`);
}, { timeoutMs: 120_000 });
