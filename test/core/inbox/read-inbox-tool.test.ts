import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function readInboxCli(...args: string[]): unknown {
  return JSON.parse(execFileSync('npx', ['tsx', 'test/tools/read-inbox.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
}

describe('npm run read-inbox', () => {
  it('prints the snapshot in the agreed shape: epoch ms, null when unknown, nothing else', () => {
    const out = readInboxCli('test/fixtures/inbox/fr-layered-styles.html', '--tz', 'Europe/Paris', '--now', '2026-11-23T12:00:00Z') as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['page', 'channel', 'threads', 'open', 'health']);
    expect(out).toMatchObject({
      page: { id: '666777888999000' },
      channel: 'messenger',
      threads: [
        { title: 'Camille Martin', lastActivityAt: 1795434300000, lastFromPage: false, unread: true },
        { title: 'Hugo Bernard', lastActivityAt: 1795377900000, lastFromPage: true, unread: false },
      ],
      open: {
        threadId: '100000000000666',
        title: 'Camille Martin',
        messages: [
          { id: 'mid.$fR1', from: 'customer', at: Date.UTC(2026, 10, 23, 11, 40), atMin: Date.UTC(2026, 10, 23, 11, 40), atMax: Date.UTC(2026, 10, 23, 11, 40) + 59_999, automated: false, author: null },
          { id: 'mid.$fR2', from: 'page', automated: true, author: null, at: Date.UTC(2026, 10, 23, 11, 40) },
          { id: 'mid.$fR3', from: 'page', automated: false, author: 'Léa Petit', at: Date.UTC(2026, 10, 23, 11, 40) },
        ],
      },
      health: { list: true, transcript: true, problems: [] },
    });
    expect(Object.keys((out.threads as object[])[0]!)).toEqual(['title', 'lastActivityAt', 'lastFromPage', 'unread']);
  }, 60_000);

  it('on a saved page without message ids: every message, its side, a time within its bounds, the same ids on a second read', () => {
    const args = ['test/fixtures/inbox/de-no-ids.html', '--url', 'https://business.facebook.com/latest/inbox/messenger?asset_id=222333444555666&selected_item_id=100000000000888', '--tz', 'Europe/Berlin', '--now', '2026-11-23T12:00:00Z'];
    type Printed = { open: { messages: Array<{ id: string; from: string; at: number; atMin: number; atMax: number }> } };
    const first = readInboxCli(...args) as Printed;
    const messages = first.open.messages;
    expect(Object.keys(messages[0]!)).toEqual(['id', 'from', 'at', 'atMin', 'atMax', 'author', 'automated']);
    expect(messages.map((m) => m.from)).toEqual(['customer', 'customer', 'page', 'customer', 'page', 'page', 'customer']);
    for (const m of messages) expect(m.atMin <= m.at && m.at <= m.atMax).toBe(true);
    expect(new Set(messages.map((m) => m.id)).size).toBe(7);
    expect((readInboxCli(...args) as Printed).open.messages.map((m) => m.id)).toEqual(messages.map((m) => m.id));
  }, 60_000);

  it('fails with a usage message on a missing file', () => {
    expect(() => readInboxCli('no-such-file.html', '--url', 'https://business.facebook.com/latest/inbox/all')).toThrow();
  }, 60_000);
});
