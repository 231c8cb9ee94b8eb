import { describe, expect, it } from 'vitest';
import { detectLanguage, isUneditedStarter, renderTemplate, STARTER_TEMPLATES, starterTemplatesToAdd, TEMPLATE_LANGUAGES, templateLanguageOfLocale } from '@/core/templates';

describe('STARTER_TEMPLATES', () => {
  it('has the six topics in each of the five languages, with unique ids and orders', () => {
    expect(STARTER_TEMPLATES).toHaveLength(30);
    for (const lang of TEMPLATE_LANGUAGES) expect(STARTER_TEMPLATES.filter((t) => t.language === lang)).toHaveLength(6);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.id)).size).toBe(30);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.order)).size).toBe(30);
  });

  it('is written in the language it claims (detected from its body)', () => {
    for (const t of STARTER_TEMPLATES) expect(detectLanguage(t.body), t.id).toBe(t.language);
  });

  it('renders without a raw placeholder even when no variable is known', () => {
    for (const t of STARTER_TEMPLATES) {
      const text = renderTemplate(t.body, {});
      expect(text, t.id).not.toMatch(/[{}]/);
      expect(text, t.id).not.toMatch(/ ,|,\?|,!/);
    }
  });

  it('includes the goodbye question', () => {
    expect(renderTemplate(STARTER_TEMPLATES.find((t) => t.id === 'starter-goodbye-en')!.body, {})).toBe('Is there anything else I can help you with?');
  });
});

describe('starterTemplatesToAdd', () => {
  it('offers only the starters of the chosen languages, after the user\'s own templates', () => {
    const own = { ...STARTER_TEMPLATES[0]!, id: 'mine', order: 4 };
    const added = starterTemplatesToAdd(['de'], [own]);
    expect(added.map((t) => t.language)).toEqual(Array(6).fill('de'));
    expect(added.map((t) => t.order)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('never adds a starter twice', () => {
    const german = starterTemplatesToAdd(['de'], []);
    expect(starterTemplatesToAdd(['de'], german)).toEqual([]);
    expect(starterTemplatesToAdd(['nb', 'de'], german).map((t) => t.language)).toEqual(Array(6).fill('nb'));
  });
});

describe('isUneditedStarter', () => {
  const shipping = STARTER_TEMPLATES.find((t) => t.id === 'starter-shipping-en')!;
  it('marks a starter until its title or text is edited', () => {
    expect(isUneditedStarter({ ...shipping, usage: 3, order: 9, keywords: ['x'] })).toBe(true);
    expect(isUneditedStarter({ ...shipping, body: shipping.body.replace('1–2', '3') })).toBe(false);
    expect(isUneditedStarter({ ...shipping, title: 'Delivery' })).toBe(false);
  });
  it('never marks the user\'s own templates', () => {
    expect(isUneditedStarter({ ...shipping, id: 'mine' })).toBe(false);
  });
});

describe('templateLanguageOfLocale', () => {
  it('maps browser locales to template languages', () => {
    expect(['en-US', 'de-AT', 'it', 'da', 'nb', 'no', 'nn-NO', 'fr'].map(templateLanguageOfLocale)).toEqual(['en', 'de', 'it', 'da', 'nb', 'nb', 'nb', null]);
  });
});
