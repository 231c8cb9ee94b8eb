// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstSeen } from '@/core/observations/outbox';
import { readInbox } from '@/core/inbox/read';
import { FIXTURE_DIR } from '../../support/load-fixture';
import { readContext, startSession, type SessionDeps } from '@/core/inbox-tab/session';
import type { ObservationBatch } from '@/core/messages';
import { PAGE_SCOPE } from '@/core/inbox/selectors';

const FIXTURE = join(FIXTURE_DIR, 'en-messenger-open.html');

const controllers: AbortController[] = [];
afterEach(() => { for (const c of controllers.splice(0)) c.abort(); vi.restoreAllMocks(); });

function loadInbox(): void {
  const html = readFileSync(FIXTURE, 'utf8');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(/<!-- URL: (\S+) -->/.exec(html)![1]!);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
}

/** How many styles the page computes while `work` runs and until `done`: reading a row asks for several. */
async function stylesComputedBy(work: () => void, done: () => void = () => {}): Promise<number> {
  const spy = vi.spyOn(window, 'getComputedStyle');
  work();
  await vi.waitFor(done);
  const count = spy.mock.calls.length;
  spy.mockRestore();
  return count;
}

describe('a content-script session', () => {
  it('reads the rows once at start: badges come from the same read as the first batch', async () => {
    loadInbox();
    const attach = vi.fn();
    const deps = { firstSeen: new FirstSeen(), send: vi.fn(), reportHealth: vi.fn(), badges: { attach, prune: vi.fn() }, onNavigate: vi.fn(), onError: vi.fn() } as unknown as SessionDeps;
    const oneRead = await stylesComputedBy(() => readInbox(document, location.href, { ...readContext(), view: window }));
    const controller = new AbortController();
    controllers.push(controller);
    const atStart = await stylesComputedBy(() => startSession(controller.signal, deps), () => expect(deps.send).toHaveBeenCalled());
    expect(oneRead).toBeGreaterThan(0);
    expect(atStart).toBe(oneRead);
    // Every rendered row has its badge (a conversation rendered twice has two).
    const badgeKeys = attach.mock.calls.filter(([, , , header]) => !header).map(([, key]) => key as string);
    const listed = readInbox(document, location.href, { ...readContext(), view: window }).threads.map((row) => row.key);
    expect(new Set(badgeKeys)).toEqual(new Set(listed));
    expect(badgeKeys.length).toBeGreaterThanOrEqual(listed.length);
    expect(deps.onError).not.toHaveBeenCalled();
  });

  it('sends nothing from a first read during which another conversation opened: a new session reads it', async () => {
    loadInbox();
    const deps = { firstSeen: new FirstSeen(), send: vi.fn(), reportHealth: vi.fn(), badges: { attach: vi.fn(), prune: vi.fn() }, onNavigate: vi.fn(), onError: vi.fn() } as unknown as SessionDeps;
    const controller = new AbortController();
    controllers.push(controller);
    startSession(controller.signal, deps);
    // The first read runs in later tasks: the URL names another conversation by then.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(location.href.replace(/selected_item_id=\d+/, 'selected_item_id=100000000000009'));
    await vi.waitFor(() => expect(deps.onNavigate).toHaveBeenCalled());
    expect(deps.send).not.toHaveBeenCalled();
    expect(deps.badges.attach).not.toHaveBeenCalled();
  });

  it('names the Page in every batch from one search of the page, not one per batch', async () => {
    loadInbox();
    document.body.insertAdjacentHTML('afterbegin', '<span data-surface="/bizweb:inbox/business_scope:page:111222333444555:Nordlys%20Shop"></span>');
    const search = vi.spyOn(document, 'querySelectorAll');
    const sent: ObservationBatch[] = [];
    const deps = { firstSeen: new FirstSeen(), send: (b: ObservationBatch) => sent.push(b), reportHealth: vi.fn(), badges: { attach: vi.fn(), prune: vi.fn() }, onNavigate: vi.fn(), onError: vi.fn() } as unknown as SessionDeps;
    const controller = new AbortController();
    controllers.push(controller);
    startSession(controller.signal, deps);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    for (const utime of ['1795434500', '1795434600']) {
      document.querySelector('abbr[data-utime]')!.setAttribute('data-utime', utime);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await vi.waitFor(() => expect(sent.length).toBeGreaterThanOrEqual(3));
    expect(sent.map((b) => b.pageName)).toEqual(sent.map(() => 'Nordlys Shop'));
    expect(search.mock.calls.filter(([selector]) => selector === PAGE_SCOPE)).toHaveLength(1);
  });
});
