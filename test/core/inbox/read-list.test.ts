// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readList } from '@/core/inbox/read-list';
import { collapseWhitespace, normaliseTitle, rowKeyOf } from '@/core/inbox/thread-key';

const CTX = { now: Date.UTC(2026, 10, 23, 12, 0), timeZone: 'Europe/Oslo', locale: 'en', view: window };
const row = (i: number, title: string, preview: string | null) => `<div style="position:absolute;top:${i * 90}px">
  <span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i}">
    <span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i}/lib:thread_title"><div>${title}</div></span>
    ${preview === null ? '' : `<div><div>${preview}</div></div>`}
    <div><abbr data-utime="${CTX.now / 1000 - i * 60}">12:00</abbr></div>
  </span></div>`;

describe('readList', () => {
  it('a row without a preview has no last side, even when the next row\'s preview is the Page\'s own', () => {
    document.body.innerHTML = `<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div>${row(0, 'Sinta Dewi', null)}${row(1, 'Lars Berg', 'You: thanks')}</div></span>`;
    const { rows } = readList(document, CTX);
    expect(rows.map((r) => [r.row.title, r.row.lastFromPage])).toEqual([['Sinta Dewi', null], ['Lars Berg', true]]);
  });

  it('a row is unread when its preview is bold; a name bold on every row does not make it unread', () => {
    document.body.innerHTML = `<style>.b{font-weight:700}.s{font-weight:600}</style><span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div>${row(0, '<span class="s">Sinta Dewi</span>', '<span class="b">Hi</span>')}${row(1, '<span class="s">Lars Berg</span>', 'Hey')}</div></span>`;
    expect(readList(document, CTX).rows.map((r) => [r.row.title, r.row.unread])).toEqual([['Sinta Dewi', true], ['Lars Berg', false]]);
  });

  it('a row without a preview is unread when its name is bold, though only the text inside the name\'s hook carries the weight', () => {
    document.body.innerHTML = `<style>.b{font-weight:700}</style><span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div>${row(0, '<span class="b">Sinta Dewi</span>', null)}${row(1, 'Lars Berg', null)}</div></span>`;
    expect(readList(document, CTX).rows.map((r) => [r.row.title, r.row.unread])).toEqual([['Sinta Dewi', true], ['Lars Berg', false]]);
  });

  it('rows recycled out of order are listed by position, one per conversation', () => {
    document.body.innerHTML = `<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div>${row(2, 'Maria Rossi', 'Hi')}${row(0, 'Sinta Dewi', 'Hello')}${row(1, 'Lars Berg', 'Hey')}${row(0, 'Sinta Dewi', 'Hello')}</div></span>`;
    expect(readList(document, CTX).rows.map((r) => r.row.title)).toEqual(['Sinta Dewi', 'Lars Berg', 'Maria Rossi']);
  });
});

describe('the Page\'s own last message in a row\'s preview', () => {
  const lastFromPage = (preview: string, locale: string | null) => {
    document.body.innerHTML = `<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div>${row(0, 'Sinta Dewi', preview)}</div></span>`;
    return readList(document, { ...CTX, locale }).rows[0]!.row.lastFromPage;
  };

  it('never takes a customer\'s words for the Page\'s own preview, in their languages', () => {
    expect(lastFromPage('You sent me the wrong size!', 'en')).toBeNull();
    expect(lastFromPage('Hai risposto?', 'it')).toBeNull();
    expect(lastFromPage('Du hast mir das falsche gesendet', 'de-DE')).toBeNull();
    expect(lastFromPage('Tu: ciao', 'en')).toBe(false);
    expect(lastFromPage('Tu: ciao', 'de')).toBe(false);
    expect(lastFromPage('You:ciao', 'en')).toBe(false);
  });

  it('still recognises Meta\'s own previews in the page\'s language, the prefix also in its own span', () => {
    expect(lastFromPage('You: See you tomorrow at 10.', 'en-GB')).toBe(true);
    expect(lastFromPage('You sent a photo.', 'en')).toBe(true);
    expect(lastFromPage('Du: Gern geschehen!', 'de')).toBe(true);
    expect(lastFromPage('Du hast ein Foto gesendet.', 'de')).toBe(true);
    expect(lastFromPage('<span>Tu: </span><span>Grazie a lei!</span>', 'it')).toBe(true);
    expect(lastFromPage('Dig: Tak for din bestilling', 'da')).toBe(true);
    expect(lastFromPage('Du sendte et bilde.', 'no')).toBe(true);
  });

  it('says nothing of the side when the page\'s language is unknown', () => {
    expect(lastFromPage('You: See you tomorrow at 10.', null)).toBeNull();
    expect(lastFromPage('Hi, do you ship to Oslo?', 'vi')).toBeNull();
  });
});

describe('normaliseTitle', () => {
  it('gives plain ASCII names (its fast path) the same key as the full Unicode normalisation', () => {
    const full = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (s) => normaliseTitle(s) === full(s)));
    expect(rowKeyOf('  Sinta   Dewi ')).toBe('title:sinta dewi');
    expect(rowKeyOf('Ｓｉｎｔａ\u200b Dewi')).toBe('title:sinta dewi');
  });
});

describe('collapseWhitespace', () => {
  it('gives what a full collapse gives, for any text (its fast path skips the replace only when it changes nothing)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', 'é', 'Ｓ', 'ß') });
    fc.assert(fc.property(text, (s) => collapseWhitespace(s) === s.replace(/\s+/g, ' ').trim()), { numRuns: 500 });
  });
});
