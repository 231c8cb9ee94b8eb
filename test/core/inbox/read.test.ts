// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readInbox, readInboxAndRows, readInboxAndRowsInSlices } from '@/core/inbox/read';
import { TimeSlice } from '@/core/time-slices';
import { rowKeyOf } from '@/core/inbox/thread-key';
import { loadFixture } from '../../support/load-fixture';

function read(name: string, timeZone = 'Europe/Oslo') {
  const { document, url, ctx } = loadFixture(name, timeZone);
  return readInbox(document, url, ctx);
}
const titles = (name: string) => read(name).threads.map((t) => t.title);
const sides = (name: string, tz?: string) => read(name, tz).open?.messages.map((m) => `${m.id}:${m.from}${m.automated ? ':auto' : ''}${m.author ? `:${m.author}` : ''}`);

describe('readInbox on the English Messenger page', () => {
  const snapshot = read('en-messenger-open.html');

  it('reads the page, channel and rows in display order, once each, without hover actions', () => {
    expect(snapshot.page.id).toBe('111222333444555');
    expect(snapshot.channel).toBe('messenger');
    expect(snapshot.threads).toEqual([
      { key: 'title:sinta dewi', title: 'Sinta Dewi', lastActivityAt: 1795431660826, lastFromPage: false, unread: true },
      { key: 'title:lars øvergaard', title: 'Lars Øvergaard', lastActivityAt: 1795426200004, lastFromPage: true, unread: false },
      { key: 'title:maria rossi', title: 'Maria Rossi', lastActivityAt: 1795377900500, lastFromPage: false, unread: true },
      { key: 'title:jonas berg', title: 'Jonas Berg', lastActivityAt: 1795248000412, lastFromPage: true, unread: false },
    ]);
  });

  it('reads the open conversation: id from the URL, title from the header (not the assign control), sides, authors, automation', () => {
    expect(snapshot.open?.threadId).toBe('100000000000001');
    expect(snapshot.open?.title).toBe('Sinta Dewi');
    expect(snapshot.open?.rowKey).toBe(rowKeyOf('Sinta Dewi'));
    expect(sides('en-messenger-open.html')).toEqual(['mid.$cAAAB1:customer', 'mid.$cAAAB2:page:auto', 'mid.$cAAAB3:page:Fah Somchai', 'mid.$cAAAB4:customer', 'mid.$cAAAB5:customer']);
  });

  it('takes the utime of a wrapper five levels up, else the divider before the message', () => {
    const at = snapshot.open!.messages.map((m) => [m.at, m.atQuality]);
    expect(at[0]).toEqual([1795428540000, 'utime']);
    expect(at[4]).toEqual([Date.UTC(2026, 10, 23, 11, 5), 'divider']); // "Today 12:05" in Oslo
  });

  it('sees the away banner and reports a healthy page', () => {
    expect(snapshot.awayBanner).toBe(true);
    expect(snapshot.health).toEqual({ list: true, transcript: true, problems: [] });
  });
});

describe('readInbox across languages and builds', () => {
  it('German: "Du:" and "Du hast … gesendet" previews are the Page\'s, dividers give the instants', () => {
    const s = read('de-messenger-open.html', 'Europe/Berlin');
    expect(s.threads.map((t) => t.lastFromPage)).toEqual([false, true, true, false]);
    expect(s.open?.messages.map((m) => [m.at, m.atQuality])).toEqual([
      [Date.UTC(2026, 10, 22, 20, 5), 'divider'], [Date.UTC(2026, 10, 22, 20, 5), 'divider'],
      [Date.UTC(2026, 10, 23, 11, 45), 'divider'], [Date.UTC(2026, 10, 23, 11, 45), 'divider'],
    ]);
    expect(sides('de-messenger-open.html', 'Europe/Berlin')).toEqual(['mid.$gDE1:customer', 'mid.$gDE2:page:auto', 'mid.$gDE3:customer', 'mid.$gDE4:page:Katrin Vogel']);
  });

  it('Italian with rotated classes: order from style-sheet positions, direction from a column flex', () => {
    expect(titles('it-rotated-classes.html')).toEqual(['Giulia Romano', 'Marco Esposito', 'Paolo Bianchi']);
    expect(read('it-rotated-classes.html').threads[2]!.lastFromPage).toBe(true); // "Tu: " in its own span
    expect(sides('it-rotated-classes.html')).toEqual(['mid.$iT1:customer', 'mid.$iT2:page:auto', 'mid.$iT3:customer', 'mid.$iT4:page:Chiara Greco']);
  });

  it('Norwegian with extra wrappers: row-reverse flips the side, "I går kl. 21.05" is a divider', () => {
    const s = read('nb-extra-wrappers.html');
    expect(sides('nb-extra-wrappers.html')).toEqual(['mid.$nB1:customer', 'mid.$nB2:page:auto', 'mid.$nB3:customer', 'mid.$nB4:page:Ingrid Berg']);
    expect(s.open!.messages[0]!.at).toBe(Date.UTC(2026, 10, 22, 20, 5));
    expect(s.awayBanner).toBe(true);
  });

  it('Danish older build: pagelet list without row surfaces, avatar as the second clue', () => {
    const s = read('da-old-pagelet.html', 'Europe/Copenhagen');
    expect(s.threads.map((t) => [t.title, t.lastFromPage, t.unread])).toEqual([['Mette Jensen', false, true], ['Søren Nielsen', true, false], ['Freja Larsen', false, false]]);
    expect(sides('da-old-pagelet.html', 'Europe/Copenhagen')).toEqual(['mid.$dK1:customer', 'mid.$dK2:page:auto', 'mid.$dK3:customer', 'mid.$dK4:page:Lise Holm']);
  });

  it('/all list only: a duplicated row is read once, no open conversation', () => {
    const s = read('en-all-list-only.html');
    expect(s.channel).toBe('all');
    expect(titles('en-all-list-only.html')).toEqual(['Emily Clarke', 'noah.designs', 'Oliver Smith', 'Ava Thompson', 'Liam Walker', 'Sophie Turner']);
    expect(s.open).toBeNull();
    expect(s.health).toEqual({ list: true, transcript: null, problems: [] });
  });

  it('Instagram: long thread id, a bubble without measurable direction is dropped and reported', () => {
    const s = read('en-instagram-open.html', 'Europe/London');
    expect(s.channel).toBe('instagram');
    expect(s.open?.threadId).toBe('340282366841710300949128138226312345678');
    expect(s.open?.channel).toBe('instagram');
    expect(s.open?.messages.map((m) => m.id)).toEqual(['mid.$igA1', 'mid.$igA3']);
    expect(s.open!.messages[0]!.at).toBe(Date.UTC(2026, 10, 12, 14, 2));
    expect(s.health.problems).toContain('message-direction');
    expect(s.health.droppedMessages).toBe(1);
  });
});

describe('readInbox on a page in another language and build', () => {
  it('French, styles in cascade layers, ids on row wrappers: sides from the layout inside, "Envoyé par" labels', () => {
    const s = read('fr-layered-styles.html', 'Europe/Paris');
    expect(s.threads.map((t) => [t.title, t.lastFromPage, t.unread])).toEqual([['Camille Martin', false, true], ['Hugo Bernard', true, false]]);
    expect(sides('fr-layered-styles.html', 'Europe/Paris')).toEqual(['mid.$fR1:customer', 'mid.$fR2:page:auto', 'mid.$fR3:page:Léa Petit']);
    expect(s.open!.messages[0]!.at).toBe(Date.UTC(2026, 10, 23, 11, 40)); // "Aujourd’hui 12:40" in Paris
    expect(s.health.problems).toEqual([]);
  });
});

describe('readInbox when the hooks are missing', () => {
  it('names the missing list and transcript instead of reading nothing silently', () => {
    const { window, ctx } = loadFixture('en-all-list-only.html');
    window.document.body.innerHTML = '<div data-pagelet="BizInboxDetailViewHeaderSectionWrapper"><span>Someone</span></div>';
    const s = readInbox(window.document as unknown as Document, 'https://business.facebook.com/latest/inbox/messenger?asset_id=1&selected_item_id=22', ctx);
    expect(s.health.list).toBe(false);
    expect(s.health.transcript).toBe(false);
    expect(s.health.problems).toEqual(expect.arrayContaining(['thread-list', 'transcript']));
    expect(JSON.stringify(s.health)).not.toContain('Someone');
  });
});

describe('readInbox on a build that renamed hooks', () => {
  it('finds rows without the list hook, and reads the messages by layout when their ids vanish', () => {
    const { window, ctx } = loadFixture('en-messenger-open.html');
    const doc = window.document as unknown as Document;
    const list = doc.querySelector('[data-surface$="bizweb_inbox:thread_list"]')!;
    list.setAttribute('data-surface', '/bizweb:inbox/renamed_list');
    for (const m of doc.querySelectorAll('[data-message-id]')) m.removeAttribute('data-message-id');
    const s = readInbox(doc, 'https://business.facebook.com/latest/inbox/messenger?asset_id=1&selected_item_id=22', ctx);
    expect(s.threads.map((t) => t.title)).toEqual(['Sinta Dewi', 'Lars Øvergaard', 'Maria Rossi', 'Jonas Berg']);
    expect(s.open?.messages.map((m) => m.from)).toEqual(['customer', 'page', 'page', 'customer', 'customer']);
    expect(s.health).toMatchObject({ problems: [], messagesBy: 'layout' });
  });

  it('says so when an open conversation shows bubbles and none can be read', () => {
    const { window, ctx } = loadFixture('de-no-ids.html', 'Europe/Berlin');
    const doc = window.document as unknown as Document;
    doc.querySelectorAll('style').forEach((s) => { s.remove(); }); // nothing places the bubbles any more
    doc.querySelectorAll('img').forEach((i) => { i.setAttribute('alt', ''); });
    const s = readInbox(doc, 'https://business.facebook.com/latest/inbox/messenger?asset_id=1&selected_item_id=22', ctx);
    expect(s.open?.messages).toEqual([]);
    expect(s.health.problems).toContain('no-messages-read');
  });
});

describe('readInbox on the 2026 builds without message ids', () => {
  const berlin = (day: number, hour: number, minute: number) => Date.UTC(2026, 10, day, hour - 1, minute);
  const readNoIds = () => {
    const loaded = loadFixture('de-no-ids.html', 'Europe/Berlin');
    return { ...loaded, read: () => readInbox(loaded.document, loaded.url, loaded.ctx) };
  };

  it('finds the transcript whatever its label, and reads every message by layout: stickers and attachments yes, system lines and promotion cards no', () => {
    const s = readNoIds().read();
    expect(s.open?.messages.map((m) => `${m.from}${m.automated ? ':auto' : ''}${m.author ? `:${m.author}` : ''}`)).toEqual([
      'customer', 'customer', 'page:auto', 'customer', 'page:Katrin Vogel', 'page:Katrin Vogel', 'customer',
    ]);
    expect(s.health).toEqual({ list: true, transcript: true, problems: [], messagesBy: 'layout' });
  });

  it('bounds each time by the dividers (R13): the first after a divider within its minute, later ones up to the next known instant', () => {
    const m = readNoIds().read().open!.messages;
    expect([m[0]!.atMin, m[0]!.atMax]).toEqual([berlin(21, 10, 0), berlin(21, 10, 0) + 59_999]);
    expect([m[2]!.atMin, m[2]!.atMax]).toEqual([berlin(21, 10, 0), berlin(22, 21, 5) + 59_999]);
    expect([m[5]!.atMin, m[5]!.atMax]).toEqual([berlin(22, 21, 5), berlin(23, 12, 40) + 59_999]);
    for (const x of m) expect(x.atMin! <= x.at! && x.at! <= x.atMax!).toBe(true);
  });

  it('gives the thread\'s latest message the row\'s exact time', () => {
    const last = readNoIds().read().open!.messages.at(-1)!;
    expect([last.at, last.atMin, last.atMax, last.atQuality]).toEqual([1795434012500, 1795434012500, 1795434012500, 'utime']);
  });

  it('gives the same ids on every read: again, after class names rotate, and after older messages load above', () => {
    const { document, read } = readNoIds();
    const ids = read().open!.messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(7);
    expect(read().open!.messages.map((m) => m.id)).toEqual(ids);
    const style = document.querySelector('style')!;
    style.textContent = style.textContent!.replace(/\.x(\w\w)/g, '.r$1');
    document.querySelectorAll('[class]').forEach((el) => { el.setAttribute('class', el.getAttribute('class')!.replace(/\bx(\w\w)\b/g, 'r$1')); });
    expect(read().open!.messages.map((m) => m.id)).toEqual(ids);
    const list = document.querySelector('[role="region"] > div > div')!;
    const older = document.createElement('div');
    older.innerHTML = '<div class="rtc"><span class="rmt">Fr. 09:15</span></div><div><div class="rfl rrw rjs"><div class="rfl rcl ras"><div>Guten Morgen!</div></div><div><img alt="Jonas Weber" src="data:,"></div></div></div>';
    list.prepend(...older.children);
    const after = read().open!.messages.map((m) => m.id);
    expect(after).toHaveLength(8);
    expect(after.slice(1)).toEqual(ids);
  });

  it('reads role="status" wrappers around bubbles, a side from the avatar alone, and an AI reply as automated', () => {
    const s = read('nb-status-wrappers.html');
    expect(s.open?.messages.map((m) => `${m.from}${m.automated ? ':auto' : ''}${m.author ? `:${m.author}` : ''}`)).toEqual([
      'customer', 'page:auto', 'customer', 'customer', 'page:Ola Nordmann',
    ]);
    expect(s.health.messagesBy).toBe('layout');
  });
});

describe('readInbox on ids that hold runs, and on older pagelet builds', () => {
  it('one data-message-id holding several same-sender bubbles is several messages, each with the derived key alongside', () => {
    const s = read('it-ids-on-groups.html', 'Europe/Rome');
    expect(s.open?.messages.map((m) => `${m.id}:${m.from}${m.author ? `:${m.author}` : ''}`)).toEqual([
      'mid.$iGR1:customer', 'mid.$iGR1/2:customer', 'mid.$iGR2:page:Luca Neri', 'mid.$iGR3:customer', 'mid.$iGR4:page', 'mid.$iGR4/2:page:Luca Neri',
    ]);
    expect(s.open?.messages.every((m) => m.alias?.startsWith('d|100000000000444|'))).toBe(true);
  });

  it('an older build: list and transcript pagelets, a role="heading" header', () => {
    const s = read('da-pagelet-textarea.html', 'Europe/Copenhagen');
    expect(s.threads.map((t) => t.title)).toEqual(['Freja Holm', 'Anders Lund']);
    expect(s.open?.title).toBe('Freja Holm');
    expect(sides('da-pagelet-textarea.html', 'Europe/Copenhagen')).toEqual(['mid.$dTA1:customer', 'mid.$dTA2:page:auto', 'mid.$dTA3:customer', 'mid.$dTA4:page:Mads Krogh']);
    expect(s.health.problems).toEqual([]);
  });

  it('R3: a Page message "Sent by" a connected app is a reply; an unlabelled one beside labelled human replies is automated', () => {
    const { document, url, ctx } = loadFixture('de-no-ids.html', 'Europe/Berlin');
    const labels = [...document.querySelectorAll('[role="region"] span')].filter((s) => s.textContent?.startsWith('Gesendet von'));
    labels[0]!.textContent = 'Gesendet von Zendesk Automation';
    labels[1]!.textContent = 'Gesendet von Support Bot';
    const page = readInbox(document, url, ctx).open!.messages.filter((m) => m.from === 'page');
    expect(page.map((m) => [m.automated, m.author])).toEqual([[true, null], [false, 'Zendesk Automation'], [false, 'Support Bot']]);
  });

  it('R3: a run of one agent\'s messages labelled once, under its last bubble, is the agent\'s', () => {
    const { document, url, ctx } = loadFixture('de-no-ids.html', 'Europe/Berlin');
    [...document.querySelectorAll('[role="region"] span')].find((s) => s.textContent?.startsWith('Gesendet von'))!.parentElement!.remove();
    const page = readInbox(document, url, ctx).open!.messages.filter((m) => m.from === 'page');
    expect(page.map((m) => [m.automated, m.author])).toEqual([[true, null], [false, null], [false, 'Katrin Vogel']]);
  });

  it('a header still reading "Inbox" while the conversation loads names no conversation', () => {
    const { document, url, ctx } = loadFixture('de-no-ids.html', 'Europe/Berlin');
    document.querySelector('[data-surface$="detail_view_header"] div div')!.textContent = 'Posteingang';
    const s = readInbox(document, url, ctx);
    expect([s.open?.title, s.open?.rowKey]).toEqual([null, null]);
    expect(s.health.problems).toContain('detail-header-title');
  });

  it('a row is unread when either its name or its preview is bold', () => {
    expect(read('de-no-ids.html', 'Europe/Berlin').threads.map((t) => t.unread)).toEqual([true, false]);
    expect(read('nb-status-wrappers.html').threads.map((t) => t.unread)).toEqual([true]);
  });
});

describe('readInboxAndRowsInSlices (the first read of a large inbox)', () => {
  it('reads what the one-task read reads, giving the main thread back whenever a slice is spent', async () => {
    for (const name of ['en-messenger-open.html', 'de-no-ids.html', 'da-old-pagelet.html', 'nb-status-wrappers.html']) {
      const { document, url, ctx } = loadFixture(name);
      let now = 0;
      let yields = 0;
      // A clock that moves a millisecond per reading: a 1 ms slice ends at every row.
      const slice = new TimeSlice({ budgetMs: 1, clock: () => now++, yieldTask: async () => { yields++; } });
      const sliced = await readInboxAndRowsInSlices(document, url, ctx, slice);
      const whole = readInboxAndRows(document, url, ctx);
      expect(sliced.snapshot, name).toEqual(whole.snapshot);
      expect(sliced.rowElements, name).toEqual(whole.rowElements);
      expect(yields, name).toBeGreaterThan(0);
    }
  });
});
