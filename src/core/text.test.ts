import { describe, expect, it } from 'vitest';
import { searchKey } from './text.js';

describe('searchKey', () => {
  it('ignores case, accents, apostrophes, hyphens and extra spaces', () => {
    expect(searchKey('  Éloïse  DUPONT-Lefèvre ')).toBe('eloise dupont lefevre');
    expect(searchKey("N’Diaye d'Ornano")).toBe('n diaye d ornano');
    expect(searchKey('ÇA')).toBe('ca');
  });
});
