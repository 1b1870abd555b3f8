import { describe, expect, it } from 'vitest';
import { parseKeyword } from './keyword.js';

describe('parseKeyword', () => {
  it('reads numbers: phones, postcodes, care request numbers', () => {
    expect(parseKeyword(' 06 12 34 ')).toEqual({ kind: 'number', digits: '061234' });
    expect(parseKeyword('#24426443')).toEqual({ kind: 'number', digits: '24426443' });
    expect(parseKeyword('+33 6 12')).toEqual({ kind: 'number', digits: '33612' });
    expect(parseKeyword('91000')).toEqual({ kind: 'number', digits: '91000' });
  });
  it('reads words without accents or case', () => {
    expect(parseKeyword('Éloïse  Lévêque-Durand')).toEqual({ kind: 'words', words: ['eloise', 'leveque', 'durand'] });
    expect(parseKeyword('picasso 91000')).toEqual({ kind: 'words', words: ['picasso', '91000'] });
  });
  it('ignores blanks and punctuation alone', () => {
    expect(parseKeyword('')).toBeNull();
    expect(parseKeyword('   ')).toBeNull();
    expect(parseKeyword(null)).toBeNull();
    expect(parseKeyword('#')).toBeNull();
    expect(parseKeyword("'-")).toBeNull();
  });
});
