import { describe, expect, it } from 'vitest';
import { searchKey } from '../text.js';
import { arrayCells, mapRow, nameSearchKey } from './entry.js';
import { mapHeader, type ColumnMap } from './headers.js';

const header = ["Type d'identifiant PP", 'Identifiant PP', 'Identification nationale PP', "Libellé civilité d'exercice", 'Libellé civilité', "Nom d'exercice", "Prénom d'exercice", 'Code profession', 'Libellé profession', 'Code type savoir-faire', 'Code savoir-faire', 'Libellé savoir-faire', 'Code mode exercice', 'Identifiant technique de la structure', 'Raison sociale site', 'Numéro Voie (coord. structure)', 'Indice répétition voie (coord. structure)', 'Libellé type de voie (coord. structure)', 'Libellé Voie (coord. structure)', 'Bureau cedex (coord. structure)', 'Code postal (coord. structure)', 'Code commune (coord. structure)', 'Libellé commune (coord. structure)', 'Téléphone (coord. structure)', 'Téléphone 2 (coord. structure)'];
const mapping = mapHeader(header);
if (!mapping.ok) throw new Error('test header must map');
const columns: ColumnMap = mapping.columns;

const line = (values: Partial<Record<(typeof header)[number], string>>): string[] => header.map((h) => values[h] ?? '');
const gp = {
  "Type d'identifiant PP": '8',
  'Identifiant PP': '10002241056',
  'Identification nationale PP': '810002241056',
  "Libellé civilité d'exercice": 'Docteur',
  "Nom d'exercice": 'PARADIS',
  "Prénom d'exercice": 'PHILIPPE',
  'Code profession': '10',
  'Libellé profession': 'Médecin',
  'Code type savoir-faire': 'S',
  'Code savoir-faire': 'SM54',
  'Libellé savoir-faire': 'Médecine Générale',
  'Code mode exercice': 'L',
  'Identifiant technique de la structure': 'R10000000001',
  'Raison sociale site': 'CABINET "LES TILLEULS"',
  'Numéro Voie (coord. structure)': '12',
  'Indice répétition voie (coord. structure)': 'B',
  'Libellé type de voie (coord. structure)': 'Rue',
  'Libellé Voie (coord. structure)': 'DES LILAS',
  'Code postal (coord. structure)': '91000',
  'Code commune (coord. structure)': '91228',
  'Libellé commune (coord. structure)': 'Évry-Courcouronnes',
  'Téléphone 2 (coord. structure)': '0160000000',
};

describe('mapRow', () => {
  it('maps a line to an entry, quotes kept as they are', () => {
    const result = mapRow(arrayCells(line(gp)), columns);
    expect(result).toEqual({
        idNat: '810002241056',
        siteKey: 'R10000000001|S|SM54|L',
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
        structureName: 'CABINET "LES TILLEULS"',
        address: '12 B Rue DES LILAS',
        postcode: '91000',
        communeCode: '91228',
        communeName: 'Évry-Courcouronnes',
        phone: '0160000000',
        email: null,
        lastNameSearch: 'paradis',
        firstNameSearch: 'philippe',
    });
  });

  it('builds the national id from the type and the identifier, and falls back on known labels and the cedex office', () => {
    const result = mapRow(
      arrayCells(line({ ...gp, 'Identification nationale PP': '', 'Libellé profession': '', 'Libellé commune (coord. structure)': '', 'Bureau cedex (coord. structure)': '91034 EVRY CEDEX' })),
      columns,
    );
    expect(result).toMatchObject({ idNat: '810002241056', professionLabel: 'Médecin', communeName: 'EVRY CEDEX' });
  });

  it('tells why a line cannot be imported', () => {
    expect(mapRow(arrayCells(line({ ...gp, 'Identification nationale PP': '', 'Identifiant PP': '' })), columns)).toBe('missing_id');
    expect(mapRow(arrayCells(line({ ...gp, 'Identification nationale PP': '8 1000 22' })), columns)).toBe('invalid_id');
    expect(mapRow(arrayCells(line({ ...gp, "Nom d'exercice": '  ' })), columns)).toBe('missing_name');
    expect(mapRow(arrayCells(line({ ...gp, 'Code profession': '' })), columns)).toBe('missing_profession');
  });

  it('keys a situation without structure by what is left, trailing parts dropped', () => {
    const result = mapRow(arrayCells(line({ ...gp, 'Identifiant technique de la structure': '', 'Code mode exercice': '' })), columns);
    expect(result).toMatchObject({ siteKey: '|S|SM54' });
  });
});

describe('nameSearchKey', () => {
  it('is searchKey, with a shortcut for plain names', () => {
    for (const name of ['PARADIS', 'LE GALL', 'JEAN-PIERRE', "N'DIAYE", 'HÉLÈNE', 'ÉLOÏSE  DUPONT', ' MARTIN', 'MARTIN ', 'DA SILVA', 'MÜLLER', 'Œ', 'x']) {
      expect(nameSearchKey(name)).toBe(searchKey(name));
    }
  });
});
