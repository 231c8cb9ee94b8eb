import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/core/templates';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Hi, where is my order? It has not arrived yet'],
    ['de', 'Hallo, wo ist meine Bestellung? Sie ist noch nicht angekommen'],
    ['it', 'Ciao, dove è il mio ordine? Non è ancora arrivato'],
    ['da', 'Hej, hvad sker der med min pakke? Jeg har ikke fået noget endnu'],
    ['nb', 'Hei, hva skjer med pakken min? Jeg har ikke fått noe ennå'],
    ['da', 'Hvornår har I åbent?'],
    ['nb', 'Når har dere åpent?'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing when the message holds no function word', () => {
    expect(detectLanguage('👍')).toBeNull();
    expect(detectLanguage('XL-42')).toBeNull();
  });
});
