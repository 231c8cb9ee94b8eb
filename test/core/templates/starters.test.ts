import { describe, expect, it } from 'vitest';
import { detectLanguage, renderTemplate, STARTER_TEMPLATES, TEMPLATE_LANGUAGES } from '@/core/templates';

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
