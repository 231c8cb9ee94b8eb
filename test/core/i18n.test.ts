import { describe, expect, it, vi } from 'vitest';
import { translator, withoutDoubledStops } from '@/core/i18n';

/** Chrome's substitution of $1…$9. */
const chromeLike = (messages: Record<string, string>) => vi.fn((key: string, substitutions: string[] = []) =>
  (messages[key] ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''));

describe('core/i18n translator', () => {
  it('ends a sentence with one full stop where the value substituted last ends in one (German and Danish abbreviations)', () => {
    const t = translator(chromeLike({ faster: 'Beantworte neue Nachrichten innerhalb von $1.', target: 'Ziel $1 · $2.' }));
    expect(t('faster' as never, ['15 Min.'])).toBe('Beantworte neue Nachrichten innerhalb von 15 Min.');
    expect(t('target' as never, ['15 Min.', '90 %'])).toBe('Ziel 15 Min. · 90 %.');
  });

  it('leaves a value\'s own stops and an ellipsis alone where no full stop follows', () => {
    expect(withoutDoubledStops('Delete “Hi...”?', ['Hi...'])).toBe('Delete “Hi...”?');
    expect(withoutDoubledStops('noch 23 Std. übrig.', ['23 Std.'])).toBe('noch 23 Std. übrig.');
  });

  it('remembers each answer, and shows the key with its values when a message is missing', () => {
    const getMessage = chromeLike({ hello: 'Hallo $1' });
    const t = translator(getMessage);
    expect(t('hello' as never, ['Ola'])).toBe('Hallo Ola');
    expect(t('hello' as never, ['Ola'])).toBe('Hallo Ola');
    expect(getMessage).toHaveBeenCalledTimes(1);
    expect(t('missing' as never, [3])).toBe('missing: 3');
  });
});
