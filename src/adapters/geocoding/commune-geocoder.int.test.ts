import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import { insertTerritoryCommunes, type CommuneTuple } from '../../../test/support/territory-communes.js';
import type { AddressSuggestion } from '../../app/addresses/index.js';
import type { DatabaseHandle } from '../db/client.js';
import { createCommuneDirectory } from '../db/stores/communes-directory.js';
import { CommuneGeocoder } from './commune-geocoder.js';

const rows: CommuneTuple[] = [
  ['91228', 'Évry-Courcouronnes', ['91000', '91080'], 48.6243, 2.4297],
  ['91377', 'Massy', ['91300'], 48.7309, 2.2713],
  ['91549', 'Sainte-Geneviève-des-Bois', ['91700'], 48.6458, 2.3197],
  ['91570', 'Saint-Michel-sur-Orge', ['91240'], 48.6346, 2.3081],
  ['75056', 'Paris', ['75001', '75015'], 48.8566, 2.3522],
  ['93066', 'Saint-Denis', ['93200', '93210'], 48.9362, 2.3574],
  ['97411', 'Saint-Denis', ['97400', '97490'], -20.8823, 55.4504],
  ['97209', 'Fort-de-France', ['97200', '97234'], 14.6161, -61.0588],
  ['94038', "L'Haÿ-les-Roses", ['94240'], 48.7797, 2.3375],
  ['02565', 'Œuilly', ['02160'], 49.4183, 3.6819],
  ['41136', 'Mer', ['41500'], 47.7042, 1.5075],
  ['80688', 'Rue', ['80120'], 50.2714, 1.6686],
];

let database: DatabaseHandle;
let geocoder: CommuneGeocoder;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertTerritoryCommunes(database.db, rows);
  geocoder = new CommuneGeocoder(createCommuneDirectory(database.db));
});
afterAll(async () => database.close());

const labels = async (q: string, options: Parameters<CommuneGeocoder['search']>[1] = {}): Promise<string[]> =>
  (await geocoder.search(q, { limit: 10, ...options })).map((s) => s.label);

describe('CommuneGeocoder', () => {
  it('places a typed street in the commune named at the end, at the commune centre, one suggestion per postcode', async () => {
    const suggestions = await geocoder.search('12 rue de la Paix Evry', { limit: 10 });
    expect(suggestions).toEqual<AddressSuggestion[]>([
      {
        label: '12 rue de la Paix, 91000 Évry-Courcouronnes',
        address: '12 rue de la Paix',
        postcode: '91000',
        city: 'Évry-Courcouronnes',
        inseeCode: '91228',
        lat: 48.6243,
        lng: 2.4297,
        territory: 'metropole',
        timeZone: 'Europe/Paris',
        precision: 'municipality',
      },
      expect.objectContaining({ label: '12 rue de la Paix, 91080 Évry-Courcouronnes', postcode: '91080' }),
    ]);
  });

  it('reads whole names, hyphens, accents, apostrophes, ligatures and "st" in any case', async () => {
    expect(await labels('3 allée des Tilleuls, evry courcouronnes')).toEqual(['3 allée des Tilleuls, 91000 Évry-Courcouronnes', '3 allée des Tilleuls, 91080 Évry-Courcouronnes']);
    expect(await labels('1 rue Jean Jaurès ST MICHEL SUR ORGE')).toEqual(['1 rue Jean Jaurès, 91240 Saint-Michel-sur-Orge']);
    expect(await labels("8 av. de la République, l'hay les roses")).toEqual(["8 av. de la République, 94240 L'Haÿ-les-Roses"]);
    expect(await labels('2 grande rue oeuilly')).toEqual(['2 grande rue, 02160 Œuilly']);
  });

  it('uses the postcode: the typed one only, or the commune it belongs to', async () => {
    expect(await labels('12 rue des Lilas, 91080 Évry-Courcouronnes')).toEqual(['12 rue des Lilas, 91080 Évry-Courcouronnes']);
    expect(await labels('12 rue des Lilas 91080')).toEqual(['12 rue des Lilas, 91080 Évry-Courcouronnes']);
    expect(await labels('12 rue de Paris, 91300 Mas')).toEqual(['12 rue de Paris, 91300 Massy']);
    expect(await labels('12 rue des Lilas 99999 Massy')).toEqual(['12 rue des Lilas, 91300 Massy']);
  });

  it('prefers the commune named last over a commune name inside the street', async () => {
    expect(await labels('3 avenue de Paris, Massy')).toEqual(['3 avenue de Paris, 91300 Massy']);
    expect(await labels('12 rue de la Mer Massy')).toEqual(['12 rue de la Mer, 91300 Massy']);
    expect(await labels('3 avenue de Paris, Mas')).toEqual(['3 avenue de Paris, 91300 Massy']);
    expect(await labels('Massy, 3 avenue de Paris')).toEqual(['3 avenue de Paris, 91300 Massy']);
    expect(await labels('Massy 3 avenue de Paris')).toEqual(['3 avenue de Paris, 91300 Massy']);
    expect(await labels('12 rue de Paris')).toEqual([]);
  });

  it('suggests the communes themselves when only (the beginning of) a commune is typed', async () => {
    expect(await labels('evry')).toEqual(['91000 Évry-Courcouronnes', '91080 Évry-Courcouronnes']);
    expect(await labels('sainte genev')).toEqual(['91700 Sainte-Geneviève-des-Bois']);
    const [massy] = await geocoder.search('massy');
    expect(massy).toMatchObject({ address: 'Massy', city: 'Massy', postcode: '91300', precision: 'municipality' });
  });

  it('keeps to the territory asked for, with its time zone', async () => {
    expect(await labels('1 rue de Paris Saint-Denis', { territory: 'reunion' })).toEqual(['1 rue de Paris, 97400 Saint-Denis', '1 rue de Paris, 97490 Saint-Denis']);
    expect(await labels('1 rue de Paris Saint-Denis', { territory: 'metropole' })).toEqual(['1 rue de Paris, 93200 Saint-Denis', '1 rue de Paris, 93210 Saint-Denis']);
    expect(await labels('saint denis')).toHaveLength(4);
    const [fdf] = await geocoder.search('5 rue Victor Hugo fort de france', { territory: 'martinique' });
    expect(fdf).toMatchObject({ inseeCode: '97209', territory: 'martinique', timeZone: 'America/Martinique', lat: 14.6161, lng: -61.0588 });
    expect(await labels('fort de france', { territory: 'guadeloupe' })).toEqual([]);
  });

  it('answers nothing for short, unknown or half-typed streets, and honours the limit', async () => {
    expect(await labels('ev')).toEqual([]);
    expect(await labels('zzzz')).toEqual([]);
    expect(await labels('12 rue de la')).toEqual([]);
    expect(await labels("%_\\ l'")).toEqual([]);
    expect(await geocoder.search('saint denis', { limit: 3 })).toHaveLength(3);
  });
});
