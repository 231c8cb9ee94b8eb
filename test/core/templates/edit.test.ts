import { describe, expect, it } from 'vitest';
import { blankTemplate, moveTemplate, parseKeywords, removeTemplate, templateProblems, upsertTemplate, type Template } from '@/core/templates';

const t = (id: string, order: number): Template => ({ id, title: id, body: `Body ${id}`, language: 'en', keywords: [], usage: 0, order });
const ids = (list: Template[]) => list.map((x) => `${x.id}${x.order}`).join(' ');
const list = [t('b', 1), t('a', 0), t('c', 2)];

describe('template list edits', () => {
  it('moves up and down, renumbering, and stays put at the ends', () => {
    expect(ids(moveTemplate(list, 'c', -1))).toBe('a0 c1 b2');
    expect(ids(moveTemplate(list, 'a', 1))).toBe('b0 a1 c2');
    expect(ids(moveTemplate(list, 'a', -1))).toBe('a0 b1 c2');
    expect(ids(moveTemplate(list, 'c', 1))).toBe('a0 b1 c2');
  });

  it('adds a new template at the end, replaces an edited one in place, deletes', () => {
    expect(ids(upsertTemplate(list, blankTemplate('n', 'de')))).toBe('a0 b1 c2 n3');
    const edited = upsertTemplate(list, { ...t('b', 1), title: 'Edited' });
    expect(edited.find((x) => x.id === 'b')?.title).toBe('Edited');
    expect(ids(removeTemplate(list, 'a'))).toBe('b0 c1');
  });

  it('reads keywords as the user types them', () => {
    expect(parseKeywords('ship, Lieferung ,, parcel;ship\nreturn')).toEqual(['ship', 'lieferung', 'parcel', 'return']);
  });

  it('names what keeps a template from being saved', () => {
    expect(templateProblems(blankTemplate('x', 'fr'))).toEqual(['title_missing', 'body_missing']);
    expect(blankTemplate('x', 'fr').language).toBe('en');
    expect(templateProblems({ ...t('x', 0), body: 'Hi {firstname}', language: 'fr' })).toEqual(['unknown_variable', 'language_unknown']);
    expect(templateProblems(t('x', 0))).toEqual([]);
  });
});
