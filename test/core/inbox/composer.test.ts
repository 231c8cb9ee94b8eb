// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findComposer, insertIntoComposer } from '@/core/inbox/composer';
import { pageStructure } from '@/core/inbox/diagnostics';
import { loadFixture } from './load-fixture';

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
