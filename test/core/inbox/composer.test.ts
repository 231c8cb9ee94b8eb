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

describe('findComposer', () => {
  it('finds an older build\'s textarea composer', () => {
    expect(findComposer(loadFixture('da-pagelet-textarea.html').document)?.tagName).toBe('TEXTAREA');
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

  it('names how messages are read: by Meta\'s ids, or by layout on a build without them', () => {
    expect(pageStructure(loadFixture('en-messenger-open.html').document)).toContain('messages-by=ids');
    expect(pageStructure(loadFixture('de-no-ids.html').document)).toContain('messages-by=layout');
  });
});
