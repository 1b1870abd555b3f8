import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { copyRow, copyRowPlain, copyRows, copyValue } from './directory-copy.js';
import { importColumns } from './directory-import.js';

const entry: DirectoryEntry = {
  idNat: '810002241056',
  siteKey: 'R1|S|SM54|L',
  idType: '8',
  identifier: '10002241056',
  civility: 'Docteur',
  lastName: 'PARADIS',
  firstName: 'PHILIPPE',
  professionCode: '10',
  professionLabel: 'Médecin',
  savoirFaireCode: 'SM54',
  savoirFaireLabel: 'Médecine Générale',
  exerciseMode: 'L',
  structureName: 'CABINET "A\\B"',
  address: '12 Rue\tDES LILAS',
  postcode: '91000',
  communeCode: '91228',
  communeName: 'Évry-Courcouronnes',
  phone: '0160000000',
  email: null,
  lastNameSearch: 'paradis',
  firstNameSearch: 'philippe',
};

describe('copyRow', () => {
  it('writes the columns in importColumns order', () => {
    const plain = { ...entry, address: '12 Rue DES LILAS', structureName: 'CABINET "A"' };
    const cells = copyRow(plain, (v) => v ?? 'NULL').replace(/\n$/, '').split('\t');
    expect(cells).toEqual(importColumns.map(([, get]) => get(plain) ?? 'NULL'));
    expect(copyRowPlain(plain)).toBe(copyRow(plain, copyValue));
  });

  it('escapes backslashes, tabs and line breaks, and writes nulls as \\N', () => {
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyValue(null)).toBe('\\N');
    const row = copyRows({ entries: [entry], lines: [7], plain: false }, true);
    expect(row.startsWith('7\t810002241056\t')).toBe(true);
    expect(row).toContain('\tCABINET "A\\\\B"\t12 Rue\\tDES LILAS\t');
    expect(row).toContain('\t\\N\tparadis\tphilippe\n');
  });
});
