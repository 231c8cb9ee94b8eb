// @vitest-environment happy-dom
/**
 * The inbox reader on fuzzed pages built from the fixtures (test/fixtures/inbox/*.html): nodes
 * removed, duplicated and reordered, attributes dropped, texts replaced by Arabic, CJK, emoji,
 * RTL marks, NUL and very long strings, lists grown to thousands of rows. Whatever Meta's DOM
 * turns into, the reader never throws, never reports a side it did not measure (a message read
 * from a damaged page has the side it has on the intact page, or is dropped and counted), and
 * says what it missed in health, by hook name only — never page text.
 * A seeded PRNG: a failure prints the fixture and seed that replay it.
 */
import { describe, expect, it } from 'vitest';
import { readInbox } from '@/core/inbox/read';
import type { InboxSnapshot } from '@/core/inbox/types';
import { FIXTURES, loadFixture, type LoadedFixture } from '../support/load-fixture';
import { seededRandom } from '../support/seeded-random';
import { SHOW_TEXT } from '@/core/inbox/node-filter';

const STRESS = process.env.STRESS === '1';
const PAGES_PER_FIXTURE = STRESS ? 200 : 8;
/** Rows a fuzzed list grows by at most (happy-dom's layout reads make big lists slow). */
const GROWTH = STRESS ? 1000 : 80;
const HUGE = STRESS ? { rows: 3000, messages: 1000 } : { rows: 300, messages: 120 };
const MESSAGE = '[data-message-id]';

const HOSTILE_TEXTS = [
  'مرحبا، هل لديكم شحن إلى أوسلو؟', '你好，请问可以寄到奥斯陆吗？', 'こんにちは', '안녕하세요', '👩‍👩‍👧‍👦🚀🇳🇴✅',
  '\u202Eevil\u202C name', 'a\u0000b', '<img src=x onerror=alert(1)>', 'x'.repeat(20_000), '', '   ',
  'Today 25:99', 'Heute 11:09', 'I dag 11.09', '31/02/2026', 'You: ', 'Sent by Instant reply', 'Sent by ', '\uFEFF\u200B',
];

type Mutation = (doc: Document, random: () => number) => void;

function pick<T>(items: ArrayLike<T>, random: () => number): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** Elements of the body, biased towards the parts the reader reads (list, transcript, messages). */
function target(doc: Document, random: () => number): Element | undefined {
  const focus = random();
  const scope = focus < 0.3 ? doc.querySelectorAll(`${MESSAGE}, ${MESSAGE} *`) : focus < 0.6 ? doc.querySelectorAll('[role="region"] *, [data-surface*="thread_list"] *') : doc.body.querySelectorAll('*');
  return pick(scope, random) ?? pick(doc.body.querySelectorAll('*'), random);
}

const MUTATIONS: Record<string, Mutation> = {
  remove: (doc, r) => target(doc, r)?.remove(),
  duplicate: (doc, r) => {
    const el = target(doc, r);
    el?.after(el.cloneNode(true));
  },
  reorder: (doc, r) => {
    const parent = target(doc, r)?.parentElement;
    if (!parent) return;
    const children = [...parent.children];
    for (let i = children.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [children[i], children[j]] = [children[j]!, children[i]!];
    }
    parent.append(...children);
  },
  dropAttribute: (doc, r) => {
    const el = target(doc, r);
    const attribute = el && pick(el.attributes, r);
    if (el && attribute) el.removeAttribute(attribute.name);
  },
  dropClasses: (doc, r) => target(doc, r)?.removeAttribute('class'),
  retext: (doc, r) => {
    const el = target(doc, r);
    const walker = doc.createTreeWalker(el ?? doc.body, SHOW_TEXT);
    const texts: Node[] = [];
    for (let n = walker.nextNode(); n && texts.length < 50; n = walker.nextNode()) texts.push(n);
    const text = pick(texts, r);
    if (text) text.textContent = pick(HOSTILE_TEXTS, r)!;
  },
  breakUtime: (doc, r) => {
    const el = pick(doc.querySelectorAll('[data-utime]'), r);
    el?.setAttribute('data-utime', pick(['', 'NaN', '-1', '1e400', 'abc', '0', '17954316608260000'], r)!);
  },
  renameMessageId: (doc, r) => pick(doc.querySelectorAll(MESSAGE), r)?.setAttribute('data-message-id', pick(['', ' ', 'mid.$x\u0000', 'm'.repeat(5000)], r)!),
  growList: (doc, r) => {
    const row = pick(doc.querySelectorAll('div[role="presentation"]'), r);
    if (!row || r() > 0.15) return; // rarely: it is the slow one
    const copies = Math.floor(r() * GROWTH) + 20;
    const fragment = doc.createDocumentFragment();
    for (let i = 0; i < copies; i++) fragment.append(row.cloneNode(true));
    row.after(fragment);
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Message id → side on the intact page. */
function sidesOf(snapshot: InboxSnapshot): Map<string, string> {
  return new Map((snapshot.open?.messages ?? []).map((m) => [m.id, m.from]));
}

function expectSoundReading(snapshot: InboxSnapshot, truth: Map<string, string>, replay: string): void {
  for (const m of snapshot.open?.messages ?? []) {
    const known = truth.get(m.id);
    if (known !== undefined) expect(m.from, `${replay}: message ${m.id} read on the other side`).toBe(known);
    expect(['customer', 'page']).toContain(m.from);
    if (m.at !== null) expect(Number.isFinite(m.at), `${replay}: instant ${m.at}`).toBe(true);
  }
  const ids = (snapshot.open?.messages ?? []).map((m) => m.id);
  expect(new Set(ids).size, `${replay}: a message read twice`).toBe(ids.length);
  for (const row of snapshot.threads) expect(row.key.length, `${replay}: a row without a key`).toBeGreaterThan(0);
  // Health names hooks, never page text.
  for (const problem of snapshot.health.problems) expect(problem, replay).toMatch(/^[a-z0-9-]+$/);
  if (snapshot.health.droppedMessages) expect(snapshot.health.problems).toContain('message-direction');
}

function read(fixture: LoadedFixture): InboxSnapshot {
  return readInbox(fixture.document, fixture.url, fixture.ctx);
}

describe('the inbox reader on fuzzed pages', () => {
  for (const name of FIXTURES) {
    it(`${name}: ${PAGES_PER_FIXTURE} damaged pages — no throw, no unmeasured side, health says what is missing`, async () => {
      const truth = sidesOf(read(loadFixture(name)));
      for (let seed = 1; seed <= PAGES_PER_FIXTURE; seed++) {
        const random = seededRandom(seed * 7919 + name.length);
        const fixture = loadFixture(name);
        const applied: string[] = [];
        const count = 1 + Math.floor(random() * 8);
        for (let i = 0; i < count; i++) {
          const mutation = pick(MUTATION_NAMES, random)!;
          applied.push(mutation);
          MUTATIONS[mutation]!(fixture.document, random);
        }
        const replay = `${name} seed ${seed} (${applied.join(', ')})`;
        let snapshot: InboxSnapshot | undefined;
        expect(() => { snapshot = read(fixture); }, replay).not.toThrow();
        expectSoundReading(snapshot!, truth, replay);
        await fixture.window.happyDOM.close(); // frees the page: thousands of windows otherwise fill the heap
      }
    });
  }

  it('a bubble whose layout (classes and styles) was removed is dropped and counted — or placed by the customer\'s avatar, never guessed', async () => {
    let checked = 0;
    for (const name of FIXTURES) {
      const truth = sidesOf(read(loadFixture(name)));
      for (const id of truth.keys()) {
        const fixture = loadFixture(name);
        const bubble = [...fixture.document.querySelectorAll(MESSAGE)].find((b) => b.getAttribute('data-message-id') === id);
        // `<id>/2`…: a further bubble under one id (it-ids-on-groups.html), checked with its id's element.
        if (!bubble) { await fixture.window.happyDOM.close(); continue; }
        const transcript = bubble.closest('[role="region"]') ?? fixture.document.body;
        for (let el: Element | null = bubble; el && el !== transcript; el = el.parentElement) { el.removeAttribute('class'); el.removeAttribute('style'); }
        for (const el of bubble.querySelectorAll('*')) { el.removeAttribute('class'); el.removeAttribute('style'); }
        const snapshot = read(fixture);
        const seen = snapshot.open?.messages.find((m) => m.id === id);
        const avatar = [...(bubble.parentElement?.parentElement?.parentElement?.querySelectorAll('img[alt]') ?? [])].some((img) => !bubble.contains(img));
        if (seen) {
          expect(seen.from, `${name} ${id}: placed without its layout`).toBe('customer');
          expect(avatar || truth.get(id) === 'customer', `${name} ${id}`).toBe(true);
        } else {
          expect(snapshot.health.droppedMessages, `${name} ${id}: dropped without saying so`).toBeGreaterThan(0);
          expect(snapshot.health.problems).toContain('message-direction');
        }
        checked++;
        await fixture.window.happyDOM.close();
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it(`a list of ${HUGE.rows} rows and a transcript of ${HUGE.messages} messages in Arabic, CJK and emoji: read in full`, () => {
    const fixture = loadFixture('en-messenger-open.html');
    const doc = fixture.document;
    const row = doc.querySelector('div[role="presentation"]')!;
    const rows = doc.createDocumentFragment();
    for (let i = 0; i < HUGE.rows; i++) {
      const copy = row.cloneNode(true) as Element;
      copy.querySelector('[data-surface*="thread_title"]')!.textContent = `${HOSTILE_TEXTS[i % 5]} ${i}`;
      rows.append(copy);
    }
    row.after(rows);
    const bubble = doc.querySelector(MESSAGE)!;
    const group = bubble.parentElement!.parentElement!.parentElement!.parentElement!.parentElement!;
    const messages = doc.createDocumentFragment();
    for (let i = 0; i < HUGE.messages; i++) {
      const copy = group.cloneNode(true) as Element;
      const inner = copy.querySelector(MESSAGE) ?? copy;
      inner.setAttribute('data-message-id', `mid.$fuzz${i}`);
      inner.textContent = HOSTILE_TEXTS[i % 5]!;
      messages.append(copy);
    }
    group.after(messages);
    const snapshot = read(fixture);
    expect(snapshot.threads.length).toBeGreaterThanOrEqual(HUGE.rows);
    expect(snapshot.threads.some((t) => t.title.startsWith('مرحبا'))).toBe(true);
    const fuzzed = snapshot.open!.messages.filter((m) => m.id.startsWith('mid.$fuzz'));
    expect(fuzzed).toHaveLength(HUGE.messages);
    expect(new Set(fuzzed.map((m) => m.from))).toEqual(new Set([read(loadFixture('en-messenger-open.html')).open!.messages[0]!.from]));
  });
});
