import { describe, expect, it } from 'vitest';
import { mapHeader, normaliseHeader } from './headers.js';

const header56 =
  "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code civilité d'exercice|Libellé civilité d'exercice|Code civilité|Libellé civilité|Nom d'exercice|Prénom d'exercice|Code profession|Libellé profession|Code catégorie professionnelle|Libellé catégorie professionnelle|Code type savoir-faire|Libellé type savoir-faire|Code savoir-faire|Libellé savoir-faire|Code mode exercice|Libellé mode exercice|Numéro SIRET site|Numéro SIREN site|Numéro FINESS site|Numéro FINESS établissement juridique|Identifiant technique de la structure|Raison sociale site|Enseigne commerciale site|Complément destinataire (coord. structure)|Complément point géographique (coord. structure)|Numéro Voie (coord. structure)|Indice répétition voie (coord. structure)|Code type de voie (coord. structure)|Libellé type de voie (coord. structure)|Libellé Voie (coord. structure)|Mention distribution (coord. structure)|Bureau cedex (coord. structure)|Code postal (coord. structure)|Code commune (coord. structure)|Libellé commune (coord. structure)|Code pays (coord. structure)|Libellé pays (coord. structure)|Téléphone (coord. structure)|Téléphone 2 (coord. structure)|Télécopie (coord. structure)|Adresse e-mail (coord. structure)|Code Département (structure)|Libellé Département (structure)|Ancien identifiant de la structure|Autorité d'enregistrement|Code secteur d'activité|Libellé secteur d'activité|Code section tableau pharmaciens|Libellé section tableau pharmaciens|Code fonction|Libellé fonction|Code genre d'activité|Libellé genre d'activité".split(
    '|',
  );

describe('normaliseHeader', () => {
  it('drops case, accents, apostrophes, articles and the (coord. structure) suffixes', () => {
    expect(normaliseHeader("Libellé civilité d'exercice")).toBe('libelle civilite exercice');
    expect(normaliseHeader('Libellé civilité exercice')).toBe('libelle civilite exercice');
    expect(normaliseHeader('Indice répétition voie (coord. Structure)')).toBe('indice repetition voie');
    expect(normaliseHeader('Code Département (structure)')).toBe(normaliseHeader('Code département (coord. structure)'));
    expect(normaliseHeader('  Identifiant technique de la structure ')).toBe('identifiant technique structure');
    expect(normaliseHeader('Adresse e-mail (coord. structure)')).toBe('adresse e mail');
    expect(normaliseHeader('Nom d’exercice')).toBe('nom exercice');
  });
});

describe('mapHeader', () => {
  it('maps the 56-column layout by name', () => {
    const mapping = mapHeader(header56);
    if (!mapping.ok) throw new Error('expected a mapping');
    expect(mapping.count).toBe(56);
    expect(mapping.columns).toMatchObject({ idType: 0, identifier: 1, idNat: 2, lastName: 7, firstName: 8, professionCode: 9, savoirFaireCode: 15, structureId: 23, postcode: 35, communeName: 37, email: 43, activityKind: 54 });
  });

  it('maps the older 52-column layout, without the function and activity columns', () => {
    const mapping = mapHeader(header56.slice(0, 52));
    if (!mapping.ok) throw new Error('expected a mapping');
    expect(mapping.count).toBe(52);
    expect(mapping.columns.functionCode).toBe(-1);
    expect(mapping.columns.activityKind).toBe(-1);
    expect(mapping.columns.phone).toBe(40);
  });

  it('accepts reworded and reordered headers', () => {
    const reworded = ['Nom d’exercice', 'Prénom  d’exercice', 'CODE PROFESSION', 'Identifiant PP', "Type d'identifiant PP", 'Libellé civilité exercice', 'Adresse email'];
    const mapping = mapHeader(reworded);
    if (!mapping.ok) throw new Error('expected a mapping');
    expect(mapping.columns).toMatchObject({ lastName: 0, firstName: 1, professionCode: 2, identifier: 3, idType: 4, idNat: -1, exerciseCivility: 5, email: 6 });
  });

  it('lists the missing columns when the file is not an extract', () => {
    expect(mapHeader(['code_insee', 'nom', 'code_postal'])).toEqual({ ok: false, missing: ['idNat', 'lastName', 'firstName', 'professionCode'] });
    expect(mapHeader(header56.filter((h) => h !== 'Code profession'))).toEqual({ ok: false, missing: ['professionCode'] });
  });
});
