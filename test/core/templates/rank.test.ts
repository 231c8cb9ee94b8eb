import { describe, expect, it } from 'vitest';
import { rankTemplates, STARTER_TEMPLATES, type Template } from '@/core/templates';

const titles = (message: string | null, templates: readonly Template[] = STARTER_TEMPLATES) =>
  rankTemplates(templates, message).suggestions.map((s) => s.template.id);

describe('rankTemplates', () => {
  it.each([
    ['Hi, I want to return my shoes and get a refund', 'starter-returns-en'],
    ['Hallo, wann kommt mein Paket? Die Lieferung dauert schon lange', 'starter-shipping-de'],
    ['Ciao, vorrei un rimborso, il prodotto è arrivato rotto', 'starter-returns-it'],
    ['Hej, hvornår har I åbent i weekenden?', 'starter-hours-da'],
    ['Hei, hva er åpningstidene deres?', 'starter-hours-nb'],
    ['Where is my package? Tracking says nothing', 'starter-shipping-en'],
  ])('puts the matching template of the message language first: %s', (message, id) => {
    const ids = titles(message);
    expect(ids[0]).toBe(id);
    expect(ids).toHaveLength(3);
    expect(ids.every((i) => i.endsWith(id.slice(-3)))).toBe(true);
  });

  it.each([
    ['Is my order on its way?', 'Order status'],
    ['Hallo, wo ist meine Bestellung?', 'Bestellstatus'],
    ["Dov'è il mio ordine?", "Stato dell'ordine"],
    ['Hej, hvornår kommer min bestilling?', 'Ordrestatus'],
  ])('a question about the order itself gets the order-status template first: %s', (message, title) => {
    // "order" tells the language and is also the topic: it must stay searchable.
    expect(rankTemplates(STARTER_TEMPLATES, message).suggestions[0]?.template.title).toBe(title);
  });

  it('short words such as "on" and "its" match no template', () => {
    const ranking = rankTemplates(STARTER_TEMPLATES, 'on its');
    expect(ranking.suggestions.filter((s) => s.matched)).toEqual([]);
  });

  it('matches inflected and misspelt words (prefix and fuzzy)', () => {
    expect(titles('I would like to get refunded please')[0]).toBe('starter-returns-en');
    expect(titles('my parcell never came')[0]).toBe('starter-shipping-en');
  });

  it('orders equal matches by how often the user used them', () => {
    const base = { body: 'About your parcel.', language: 'en', keywords: ['parcel'], order: 0 };
    const templates: Template[] = [
      { ...base, id: 'a', title: 'A', usage: 0, order: 0 },
      { ...base, id: 'b', title: 'B', usage: 25, order: 1 },
    ];
    expect(titles('Where is the parcel?', templates)).toEqual(['b', 'a']);
  });

  it('fills with the most used templates of the language when little matches', () => {
    const used = STARTER_TEMPLATES.map((t) => (t.id === 'starter-goodbye-de' ? { ...t, usage: 9 } : t));
    const ranking = rankTemplates(used, 'Hallo, ich habe eine Frage zu den Farben');
    expect(ranking.language).toBe('de');
    expect(ranking.suggestions[0]).toMatchObject({ matched: true });
    expect(ranking.suggestions[0]!.template.id).toBe('starter-received-de');
    expect(ranking.suggestions[1]).toMatchObject({ matched: false, template: { id: 'starter-goodbye-de' } });
  });

  it('offers every language when the message language has no template', () => {
    const englishOnly = STARTER_TEMPLATES.filter((t) => t.language === 'en');
    expect(titles('Ciao, dove è il mio ordine?', englishOnly)).toHaveLength(3);
  });

  it('without a message, suggests the most used first', () => {
    const used = STARTER_TEMPLATES.map((t) => (t.id === 'starter-hours-it' ? { ...t, usage: 3 } : t));
    expect(titles(null, used)[0]).toBe('starter-hours-it');
    expect(rankTemplates([], 'anything').suggestions).toEqual([]);
  });
});
