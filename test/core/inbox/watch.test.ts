// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readInbox } from '@/core/inbox/read';
import { watchInbox, type InboxChange } from '@/core/inbox/watch';
import { loadFixture, type LoadedFixture } from '../../support/load-fixture';

// MutationObserver delivery and the batch timer both have to run; generous for a loaded machine.
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const controllers: AbortController[] = [];
afterEach(() => { for (const c of controllers.splice(0)) c.abort(); });

function start(name: string) {
  const page: LoadedFixture = loadFixture(name);
  const changes: InboxChange[] = [];
  const navigations: string[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  const initial = readInbox(page.document, page.url, page.ctx);
  watchInbox({
    document: page.document,
    view: page.window as unknown as Window,
    context: () => page.ctx,
    signal: controller.signal,
    initial,
    onChange: (c) => changes.push(c),
    onNavigate: (u) => navigations.push(u),
    schedule: (flush) => setTimeout(flush, 0),
  });
  return { ...page, changes, navigations, controller };
}

function rowTemplate(doc: Document, title: string): Element {
  return [...doc.querySelectorAll('[data-surface$="lib:thread_title"]')].find((t) => t.textContent?.trim() === title)!.closest('[data-surface$="thread_row2"], [data-surface*="thread_row"]:not([data-surface*="thread_title"])')!;
}

describe('watchInbox', () => {
  it('reports a new customer message once, with its wrapper utime, and nothing for unrelated changes', async () => {
    const w = start('en-messenger-open.html');
    const region = w.document.querySelector('[role="region"]')!;
    region.insertAdjacentHTML('beforeend', '<div data-utime="1795434900"><div><div class="x78zum5 x1nhvcw1"><div data-message-id="mid.$new1">Hello?</div></div></div></div>');
    w.document.body.insertAdjacentHTML('beforeend', '<div class="tooltip">unrelated</div>');
    await settle();
    const messages = w.changes.flatMap((c) => c.open?.messages ?? []);
    expect(messages).toEqual([{ id: 'mid.$new1', from: 'customer', automated: false, author: null, at: 1795434900000, atMin: 1795434900000, atMax: 1795434900000, atQuality: 'utime' }]);
    expect(w.changes.every((c) => c.open === null || c.open.threadId === '100000000000001')).toBe(true);
    region.querySelector('[data-message-id="mid.$new1"]')!.textContent = 'Hello??';
    await settle();
    expect(w.changes.flatMap((c) => c.open?.messages ?? [])).toHaveLength(1);
  });

  it('every message added in one task is reported, also beside one moved out and back', async () => {
    const w = start('en-messenger-open.html');
    const box = w.document.createElement('div');
    w.document.querySelector('[role="region"]')!.append(box);
    await settle();
    const bubble = (id: string, utime: number) => {
      box.insertAdjacentHTML('beforeend', `<div data-utime="${utime}"><div><div class="x78zum5 x1nhvcw1"><div data-message-id="${id}">Hello?</div></div></div></div>`);
      return box.lastElementChild!;
    };
    bubble('mid.$first', 1795434900);
    const moved = bubble('mid.$second', 1795434960);
    w.document.body.append(moved);
    box.append(moved);
    await settle();
    expect(w.changes.flatMap((c) => c.open?.messages ?? []).map((m) => m.id).sort()).toEqual(['mid.$first', 'mid.$second']);
  });

  it('times a new message without utime by the divider before it', async () => {
    const w = start('de-messenger-open.html');
    w.document.querySelector('[role="region"]')!.insertAdjacentHTML('beforeend', '<div><div class="q1zz q2zz"><div data-message-id="mid.$gDE5">Noch da?</div></div></div>');
    await settle();
    const m = w.changes.flatMap((c) => c.open?.messages ?? [])[0]!;
    expect([m.id, m.from, m.atQuality]).toEqual(['mid.$gDE5', 'customer', 'divider']);
  });

  it('on a build without ids, reports a message added at the end once, by layout, keyed after the ones read before', async () => {
    const w = start('de-no-ids.html');
    const known = readInbox(w.document, w.url, w.ctx).open!.messages.map((m) => m.id);
    const run = w.document.querySelector('[role="region"] > div > div')!;
    const added = w.document.createElement('div');
    added.innerHTML = '<div><div class="xfl xrw xje"><div class="xfl xcl xae"><div><div>Gern, bis bald!</div></div></div></div></div>';
    run.append(added);
    await settle();
    const messages = w.changes.flatMap((c) => c.open?.messages ?? []);
    expect(messages.map((m) => [m.from, known.includes(m.id)])).toEqual([['page', false]]);
    expect(messages[0]!.id).toBe(known.at(-1)!.replace(/customer\|1$/, 'page|1'));
    added.querySelector('div div div div div')!.textContent = 'Gern, bis bald!!';
    await settle();
    expect(w.changes.flatMap((c) => c.open?.messages ?? [])).toHaveLength(1);
  });

  it('a recycled row (same element, another conversation) is reported under its new key', async () => {
    const w = start('en-messenger-open.html');
    const row = rowTemplate(w.document, 'Jonas Berg');
    row.querySelector('[data-surface$="lib:thread_title"] div')!.textContent = 'Ingrid Olsen';
    row.querySelector('abbr')!.setAttribute('data-utime', '1795434000');
    await settle();
    const rows = w.changes.flatMap((c) => c.rows);
    expect(rows.map((r) => [r.key, r.lastActivityAt])).toEqual([['title:ingrid olsen', 1795434000000]]);
    expect(w.changes.at(-1)!.rowElements.map((r) => r.element)).toContain(row);
  });

  it('a row re-rendered several times in one task is reported once, as it shows last', async () => {
    const w = start('en-messenger-open.html');
    const wrapper = rowTemplate(w.document, 'Jonas Berg').closest('.x10l6tqk')!;
    const html = wrapper.innerHTML;
    for (const [title, utime] of [['Jonas Berg', '1795434100'], ['Ingrid Olsen', '1795434200'], ['Ingrid Olsen', '1795434300']]) {
      wrapper.innerHTML = html;
      wrapper.querySelector('[data-surface$="lib:thread_title"] div')!.textContent = title!;
      wrapper.querySelector('abbr')!.setAttribute('data-utime', utime!);
    }
    await settle();
    expect(w.changes.flatMap((c) => c.rows).map((r) => [r.key, r.lastActivityAt])).toEqual([['title:ingrid olsen', 1795434300000]]);
    expect(w.changes.flatMap((c) => c.rowElements).map((r) => r.element.isConnected)).toEqual([true]);
  });

  it('what onChange writes into the rows (a badge host each) is not read back as a change of the page', async () => {
    const page = loadFixture('en-messenger-open.html');
    const controller = new AbortController();
    controllers.push(controller);
    const calls: InboxChange[] = [];
    watchInbox({
      document: page.document, view: page.window as unknown as Window, context: () => page.ctx, signal: controller.signal,
      initial: readInbox(page.document, page.url, page.ctx), onNavigate: () => {}, schedule: (flush) => setTimeout(flush, 0),
      onChange: (change) => {
        calls.push(change);
        for (const { element } of change.rowElements) {
          if (!element.querySelector(':scope > [data-replyclock-badge]')) element.append(Object.assign(page.document.createElement('span'), { className: 'badge' }));
          element.lastElementChild!.setAttribute('data-replyclock-badge', '');
        }
      },
    });
    rowTemplate(page.document, 'Maria Rossi').querySelector('abbr')!.setAttribute('data-utime', '1795434500');
    await settle();
    await settle();
    expect(calls.map((c) => c.rows.map((r) => r.title))).toEqual([['Maria Rossi']]);
  });

  it('a duplicated row adds nothing; new activity on a known row is reported once', async () => {
    const w = start('en-messenger-open.html');
    const row = rowTemplate(w.document, 'Maria Rossi');
    const wrapper = row.closest('.x10l6tqk')!;
    wrapper.parentElement!.appendChild(wrapper.cloneNode(true));
    await settle();
    expect(w.changes.flatMap((c) => c.rows)).toEqual([]);
    const clones = [...w.document.querySelectorAll('abbr[data-utime="1795377900.5"]')];
    for (const a of clones) a.setAttribute('data-utime', '1795434500');
    await settle();
    expect(w.changes.flatMap((c) => c.rows).map((r) => [r.title, r.lastActivityAt])).toEqual([['Maria Rossi', 1795434500000]]);
  });

  it('in-app navigation to another conversation is reported; noise parameters are not', async () => {
    const w = start('en-all-list-only.html');
    w.window.history.pushState({}, '', w.url + '&nav_ref=again');
    await new Promise((r) => setTimeout(r, 600));
    expect(w.navigations).toEqual([]);
    w.window.history.pushState({}, '', 'https://business.facebook.com/latest/inbox/all?asset_id=111222333444555&selected_item_id=100000000000009');
    await new Promise((r) => setTimeout(r, 600));
    expect(w.navigations).toHaveLength(1);
    expect(w.navigations[0]).toContain('selected_item_id=100000000000009');
  });

  it('stops when the signal aborts', async () => {
    const w = start('en-messenger-open.html');
    w.controller.abort();
    w.document.querySelector('[role="region"]')!.insertAdjacentHTML('beforeend', '<div class="x78zum5 x1nhvcw1"><div data-message-id="mid.$late">x</div></div>');
    await settle();
    expect(w.changes).toEqual([]);
  });
});

describe('watchInbox when a conversation opens without a URL change', () => {
  it('reports its messages under its title\'s row key, not under the stale URL thread id', async () => {
    const w = start('en-messenger-open.html');
    const header = w.document.querySelector('[data-pagelet="BizInboxDetailViewHeaderSectionWrapper"] a span')!;
    header.textContent = 'Maria Rossi';
    const region = w.document.querySelector('[role="region"]')!;
    region.innerHTML = '<div data-utime="1795377900"><div class="x78zum5 x1nhvcw1"><div data-message-id="mid.$maria1">Open on Sunday?</div></div></div>';
    await settle();
    const opened = w.changes.find((c) => c.opened)!;
    expect(opened.open).toMatchObject({ threadId: null, title: 'Maria Rossi', rowKey: 'title:maria rossi' });
    expect(opened.open!.messages.map((m) => m.id)).toEqual(['mid.$maria1']);
  });
});

describe('watchInbox when the list renders after the start', () => {
  it('reports its rows when it appears', async () => {
    const page = loadFixture('en-all-list-only.html');
    const list = page.document.querySelector('[data-surface$="bizweb_inbox:thread_list"]')!;
    const parent = list.parentElement!;
    list.remove();
    const initial = readInbox(page.document, page.url, page.ctx);
    expect(initial.health.list).toBe(false);
    const changes: InboxChange[] = [];
    const controller = new AbortController();
    controllers.push(controller);
    watchInbox({ document: page.document, view: page.window as unknown as Window, context: () => page.ctx, signal: controller.signal, initial, onChange: (c) => changes.push(c), onNavigate: () => {}, schedule: (f) => setTimeout(f, 0) });
    parent.prepend(list);
    await settle();
    expect(changes.flatMap((c) => c.rows).map((r) => r.title)).toEqual(['Emily Clarke', 'noah.designs', 'Oliver Smith', 'Ava Thompson', 'Liam Walker', 'Sophie Turner']);
  });
});

describe('watchInbox begun after a first read in slices', () => {
  it('reads what changed while the first read ran, against that read, and reads nothing before it is begun', async () => {
    const page = loadFixture('en-messenger-open.html');
    const controller = new AbortController();
    controllers.push(controller);
    const changes: InboxChange[] = [];
    const watcher = watchInbox({
      document: page.document, view: page.window as unknown as Window, context: () => page.ctx, signal: controller.signal,
      initial: 'later', onNavigate: () => {}, onChange: (c) => changes.push(c), schedule: (flush) => setTimeout(flush, 0),
    });
    const firstRead = readInbox(page.document, page.url, page.ctx);
    // Between the first read's slices: one row it has read gets new activity, another re-renders unchanged.
    rowTemplate(page.document, 'Maria Rossi').querySelector('abbr')!.setAttribute('data-utime', '1795434500');
    const jonas = rowTemplate(page.document, 'Jonas Berg').closest('.x10l6tqk')!;
    const html = jonas.innerHTML;
    jonas.innerHTML = html;
    await settle();
    expect(changes).toEqual([]);
    watcher.begin(firstRead);
    await settle();
    expect(changes.flatMap((c) => c.rows).map((r) => [r.title, r.lastActivityAt])).toEqual([['Maria Rossi', 1795434500000]]);
  });

  it('a badge host added to a row in a later task is not read as a change of the row', async () => {
    const w = start('en-messenger-open.html');
    const row = rowTemplate(w.document, 'Maria Rossi');
    const host = w.document.createElement('span');
    host.setAttribute('data-replyclock-badge', '');
    row.append(host);
    await settle();
    host.remove();
    await settle();
    expect(w.changes).toEqual([]);
  });
});
