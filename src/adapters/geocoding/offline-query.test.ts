import { describe, expect, it } from 'vitest';
import { afterStreetLink, fillsSegment, foldName, postcodeIndex, streetLine, tokenise, trailingPrefixCandidates, wholeNameCandidates } from './offline-query.js';

const texts = (candidates: { text: string }[]) => candidates.map((c) => c.text);

describe('offline query reading', () => {
  it('folds names like the SQL side: case, accents, ligatures, hyphens, apostrophes', () => {
    expect(foldName("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(foldName('Œuilly')).toBe('oeuilly');
    expect(foldName('  Évry–Courcouronnes ')).toBe('evry–courcouronnes');
  });

  it('splits on spaces, commas and semicolons, keeping positions and comma-separated parts', () => {
    const tokens = tokenise('12 rue des Lilas, 91000 Évry-Courcouronnes');
    expect(tokens.map((t) => [t.text, t.words, t.numeric, t.segment])).toEqual([
      ['12', ['12'], true, 0],
      ['rue', ['rue'], false, 0],
      ['des', ['des'], false, 0],
      ['Lilas', ['lilas'], false, 0],
      ['91000', ['91000'], true, 1],
      ['Évry-Courcouronnes', ['evry', 'courcouronnes'], false, 1],
    ]);
    expect(postcodeIndex(tokens)).toBe(4);
    expect(postcodeIndex(tokenise('12 rue des Lilas'))).toBe(-1);
  });

  it('lists whole-name candidates without numbers, "st"/"ste" read as saint/sainte', () => {
    expect(texts(wholeNameCandidates(tokenise('3 st michel')))).toEqual(['saint', 'saint michel', 'michel']);
    expect(texts(wholeNameCandidates(tokenise('Ste-Geneviève 12')))).toEqual(['sainte genevieve']);
  });

  it('lists trailing prefixes longest first, skipping lone connectors and names after "de", "la"…', () => {
    expect(texts(trailingPrefixCandidates(tokenise('12 rue de la Paix Evr')))).toEqual(['rue de la paix evr', 'de la paix evr', 'evr']);
    expect(texts(trailingPrefixCandidates(tokenise('sainte gen')))).toEqual(['sainte gen', 'gen']);
    expect(texts(trailingPrefixCandidates(tokenise('12 rue de la')))).toEqual(['rue de la', 'de la']);
    expect(texts(trailingPrefixCandidates(tokenise('12 rue des Lilas 91000')))).toEqual(['rue des lilas', 'des lilas']);
    expect(texts(trailingPrefixCandidates(tokenise('rue st')))).toEqual(['rue st']);
  });

  it('tells a street link and a whole comma-separated part', () => {
    const tokens = tokenise('3 avenue de Paris, Massy');
    expect(afterStreetLink(tokens, 3)).toBe(true);
    expect(afterStreetLink(tokens, 4)).toBe(false);
    expect(fillsSegment(tokens, { from: 4, to: 4 })).toBe(true);
    expect(fillsSegment(tokens, { from: 3, to: 3 })).toBe(false);
    expect(fillsSegment(tokenise('12 rue X, 91300 Massy'), { from: 4, to: 4 })).toBe(true);
  });

  it('keeps the street line before the commune, or after it when the commune comes first', () => {
    const q = '12  rue des Lilas , 91000 Évry';
    const tokens = tokenise(q);
    expect(streetLine(q, tokens, { from: 4, to: 5 })).toBe('12 rue des Lilas');
    const first = 'Évry, 12 rue des Lilas';
    expect(streetLine(first, tokenise(first), { from: 0, to: 0 })).toBe('12 rue des Lilas');
    expect(streetLine('Évry', tokenise('Évry'), { from: 0, to: 0 })).toBe('');
  });
});
