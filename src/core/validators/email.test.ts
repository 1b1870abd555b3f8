import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Camille.Martin@Example.FR ')).toBe('camille.martin@example.fr');
    expect(normalizeEmail('sage-femme@declic.demo')).toBe('sage-femme@declic.demo');
    expect(normalizeEmail('a+tag@sub.domaine.fr')).toBe('a+tag@sub.domaine.fr');
  });

  it.each([[''], ['camille'], ['camille@'], ['@example.fr'], ['camille@example'], ['ca mille@example.fr'], ['a@b@example.fr'], ['.a@example.fr'], ['a..b@example.fr'], ['a@-example.fr'], ['a@example..fr']])(
    'rejects %j',
    (input) => {
      expect(normalizeEmail(input)).toBeNull();
    },
  );

  it('rejects addresses that are too long', () => {
    expect(normalizeEmail(`${'a'.repeat(65)}@example.fr`)).toBeNull();
    expect(normalizeEmail(`a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.fr`)).toBeNull();
  });
});
