import { describe, expect, it } from 'vitest';
import { isTemplateList, STARTER_TEMPLATES, type Template } from '@/core/templates';

const template: Template = { id: 't1', title: 'Hi', body: 'Hello {first_name}', language: 'en', keywords: ['hello'], usage: 0, order: 0 };

describe('template lists', () => {
  it('accept the starter templates and an empty list', () => {
    expect(isTemplateList(STARTER_TEMPLATES)).toBe(true);
    expect(isTemplateList([])).toBe(true);
  });

  it.each([
    ['two templates with one id', [template, { ...template, order: 1 }]],
    ['an empty id', [{ ...template, id: '' }]],
    ['a body over 5000 characters', [{ ...template, body: 'x'.repeat(5001) }]],
    ['a negative usage', [{ ...template, usage: -1 }]],
    ['an unknown field', [{ ...template, html: '<b>' }]],
  ])('refuse %s', (_, templates) => {
    expect(isTemplateList(templates)).toBe(false);
  });
});
