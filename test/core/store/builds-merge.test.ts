// @vitest-environment happy-dom
/**
 * The reader and the store together: one conversation read on a build with message ids and on one
 * without, or before and after older messages load above, is stored once (core/inbox/message-identity.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readInbox } from '@/core/inbox/read';
import { ingestBatch } from '@/core/store/ingest';
import { freshStore, storedMessages } from '../../support/fresh-store';
import { batch, message, T0 } from '../../support/batches';
import { loadFixture, type LoadedFixture } from '../../support/load-fixture';

beforeEach(freshStore);

async function readAndStore({ document, url, ctx }: LoadedFixture, seenAt = ctx.now): Promise<void> {
  const s = readInbox(document, url, ctx);
  await ingestBatch(batch({ pageId: s.page.id!, rows: s.threads, open: s.open, seenAt }));
}

const withoutIds = (page: LoadedFixture) => page.document.querySelectorAll('[data-message-id]').forEach((m) => { m.removeAttribute('data-message-id'); });

describe('one conversation read on both builds is stored once', () => {
  it('first with Meta\'s ids, then without', async () => {
    const page = loadFixture('it-ids-on-groups.html', 'Europe/Rome');
    await readAndStore(page);
    withoutIds(page);
    await readAndStore(page);
    const stored = await storedMessages('333444555666777');
    expect(stored.map((m) => m.messageId)).toEqual(['mid.$iGR1', 'mid.$iGR1/2', 'mid.$iGR2', 'mid.$iGR3', 'mid.$iGR4', 'mid.$iGR4/2']);
  });

  it('first without ids, then with them: the record takes Meta\'s id', async () => {
    const page = loadFixture('it-ids-on-groups.html', 'Europe/Rome');
    const ids = [...page.document.querySelectorAll('[data-message-id]')].map((m) => [m, m.getAttribute('data-message-id')!] as const);
    withoutIds(page);
    await readAndStore(page);
    expect(await storedMessages('333444555666777')).toHaveLength(6);
    for (const [m, id] of ids) m.setAttribute('data-message-id', id);
    await readAndStore(page);
    const stored = await storedMessages('333444555666777');
    expect(stored.map((m) => m.messageId)).toEqual(['mid.$iGR1', 'mid.$iGR1/2', 'mid.$iGR2', 'mid.$iGR3', 'mid.$iGR4', 'mid.$iGR4/2']);
  });
});

describe('older messages loading above', () => {
  it('add their own records and leave the others as they were', async () => {
    const page = loadFixture('de-no-ids.html', 'Europe/Berlin');
    await readAndStore(page);
    const before = await storedMessages('222333444555666');
    expect(before).toHaveLength(7);
    const older = page.document.createElement('div');
    older.innerHTML = '<div class="xtc"><span class="xmt">Fr. 09:15</span></div><div><div class="xfl xrw xjs"><div class="xfl xcl xas"><div>Guten Morgen!</div></div><div><img alt="Jonas Weber" src="data:,"></div></div></div>';
    page.document.querySelector('[role="region"] > div > div')!.prepend(...older.children);
    await readAndStore(page);
    const after = await storedMessages('222333444555666');
    expect(after).toHaveLength(8);
    expect(after.slice(1).map((m) => m.key)).toEqual(before.map((m) => m.key));
  });
});

describe('stored time bounds (R13)', () => {
  const open = (atMin: number, atMax: number, at = atMin) => ({ threadId: '1', title: 'A', messages: [message('m1', 'customer', at, { atMin, atMax, atQuality: 'divider' })] });

  it('a later read narrows them, never widens them', async () => {
    await ingestBatch(batch({ open: open(T0, T0 + 600_000) }));
    await ingestBatch(batch({ open: open(T0 - 600_000, T0 + 900_000, T0 - 600_000) }));
    expect(await storedMessages('111')).toMatchObject([{ at: T0, atMin: T0, atMax: T0 + 600_000 }]);
    await ingestBatch(batch({ open: open(T0 + 60_000, T0 + 120_000, T0 + 60_000) }));
    expect(await storedMessages('111')).toMatchObject([{ at: T0 + 60_000, atMin: T0 + 60_000, atMax: T0 + 120_000 }]);
  });
});
