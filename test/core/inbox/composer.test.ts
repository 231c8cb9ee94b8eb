// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findComposer, insertForConversation, insertIntoComposer, isSameConversation } from '@/core/inbox/composer';
import { pageStructure } from '@/core/inbox/diagnostics';
import { loadFixture } from '../../support/load-fixture';

describe('insertIntoComposer', () => {
  it('types into an editor that handles beforeinput (as Lexical does), without touching innerHTML', async () => {
    const { document } = loadFixture('en-messenger-open.html');
    const composer = findComposer(document)!;
    const seen: string[] = [];
    composer.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      seen.push(`${e.inputType}:${e.data}`);
      e.preventDefault();
      composer.querySelector('p')!.textContent = e.data;
    });
    const inserted = await insertIntoComposer(composer, 'Yes, we ship to Oslo.');
    expect(inserted).toBe(true);
    expect(seen).toEqual(['insertText:Yes, we ship to Oslo.']);
    expect(composer.textContent).toBe('Yes, we ship to Oslo.');
    expect(document.activeElement).toBe(composer);
  });

  it('puts a template after text already in the composer on a line of its own, never glued on', async () => {
    const { document } = loadFixture('en-messenger-open.html');
    const composer = findComposer(document)!;
    const paragraph = composer.querySelector('p')!;
    paragraph.textContent = 'We will check right away.';
    composer.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      e.preventDefault();
      paragraph.textContent += e.data ?? '';
    });
    expect(await insertIntoComposer(composer, 'Hi Sinta')).toBe(true);
    expect(composer.textContent).toBe('We will check right away.\nHi Sinta');
  });

  it('says so when the editor accepted nothing', async () => {
    const { document } = loadFixture('de-messenger-open.html');
    const composer = findComposer(document)!;
    composer.addEventListener('beforeinput', (e) => e.preventDefault());
    expect(await insertIntoComposer(composer, 'Hallo')).toBe(false);
    expect(composer.textContent).toBe('');
  });

  it('finds no composer on a list-only page', () => {
    expect(findComposer(loadFixture('en-all-list-only.html').document)).toBeNull();
  });
});

describe('insertForConversation: a template goes only into the conversation it was written for', () => {
  const typing = (composer: HTMLElement) => composer.addEventListener('beforeinput', (event) => {
    event.preventDefault();
    composer.textContent = (event as InputEvent).data;
  });

  it('refuses, leaving the reply box alone, when another conversation is open now', async () => {
    const { document, url } = loadFixture('en-messenger-open.html');
    typing(findComposer(document)!);
    const forLars = { threadId: '100000000000002', title: 'Lars Øvergaard' };
    expect(await insertForConversation(document, url, 'Hi Lars, it ships today.', forLars)).toBe('other-conversation');
    expect(findComposer(document)!.textContent).toBe('');
  });

  it('inserts into the conversation it was written for', async () => {
    const { document, url } = loadFixture('en-messenger-open.html');
    typing(findComposer(document)!);
    const forSinta = { threadId: '100000000000001', title: 'Sinta Dewi' };
    expect(await insertForConversation(document, url, 'Hi Sinta, it ships today.', forSinta)).toBe('inserted');
    expect(findComposer(document)!.textContent).toBe('Hi Sinta, it ships today.');
  });

  it.each([
    ['same thread id, no title', { threadId: '1', title: null }, { threadId: '1', title: 'Sinta' }, true],
    ['no thread id (Instagram), same title', { threadId: null, title: 'Sinta' }, { threadId: null, title: 'Sinta' }, true],
    ['another thread id', { threadId: '1', title: 'Sinta' }, { threadId: '2', title: 'Sinta' }, false],
    ['the URL kept the old thread id, the header shows another customer', { threadId: '1', title: 'Sinta' }, { threadId: '1', title: 'Lars' }, false],
    ['nothing to compare', { threadId: null, title: 'Sinta' }, { threadId: '1', title: null }, false],
  ])('isSameConversation: %s', (_name, writtenFor, open, same) => {
    expect(isSameConversation(writtenFor, open)).toBe(same);
  });
});

describe('pageStructure', () => {
  it('describes hooks and structure with no text or names from the page', () => {
    const { document } = loadFixture('en-messenger-open.html');
    const text = pageStructure(document);
    expect(text).toContain('hooks thread_list=1 thread_row=');
    expect(text).toContain('message=5');
    expect(text).toContain('[data-surface=/bizweb:inbox/lib:inbox:thread_and_detail/bizweb_inbox:thread_list/thread_rowN');
    expect(text).toMatch(/×\d/);
    for (const secret of ['Sinta', 'Oslo', 'Fah', 'Assign', 'scheduled', '111222333444555']) expect(text).not.toContain(secret);
  });
});
