import { describe, expect, it } from 'vitest';
import { checkAddress, isInTerritory } from './address.js';

const base = { label: '12 rue de la Paix 91000 Évry-Courcouronnes', address: '12 rue de la Paix', postcode: '91000', city: 'Évry-Courcouronnes', inseeCode: '91228', lat: 48.62, lng: 2.43, territory: 'metropole' };

describe('checkAddress', () => {
  it('accepts a mainland suggestion and gives Europe/Paris', () => {
    expect(checkAddress(base)).toMatchObject({ territory: 'metropole', timeZone: 'Europe/Paris' });
  });

  it.each([
    ['martinique', '97209', '97200', 14.6, -61.07, 'America/Martinique'],
    ['guadeloupe', '97105', '97100', 16.0, -61.73, 'America/Guadeloupe'],
    ['guyane', '97302', '97300', 4.93, -52.33, 'America/Cayenne'],
    ['reunion', '97411', '97400', -20.88, 55.45, 'Indian/Reunion'],
    ['mayotte', '97611', '97600', -12.78, 45.23, 'Indian/Mayotte'],
    ['metropole', '2A004', '20000', 41.92, 8.74, 'Europe/Paris'],
  ])('accepts %s (%s) with its own time zone', (territory, inseeCode, postcode, lat, lng, timeZone) => {
    expect(checkAddress({ ...base, territory, inseeCode, postcode, lat, lng })).toMatchObject({ territory, timeZone, inseeCode });
  });

  it('falls back on the postcode without an INSEE code', () => {
    expect(checkAddress({ ...base, inseeCode: null, territory: 'martinique', postcode: '97200', lat: 14.6, lng: -61.07 })).toMatchObject({ timeZone: 'America/Martinique', inseeCode: null });
  });

  it('refuses a territory that disagrees with the codes, or a point outside it', () => {
    expect(checkAddress({ ...base, territory: 'martinique' })).toBeNull();
    expect(checkAddress({ ...base, inseeCode: '97209', territory: 'martinique' })).toBeNull();
    expect(checkAddress({ ...base, lat: 0, lng: 0 })).toBeNull();
    expect(checkAddress({ ...base, lat: Number.NaN })).toBeNull();
    expect(checkAddress({ ...base, territory: 'mars' })).toBeNull();
  });

  it('refuses missing parts and malformed codes', () => {
    expect(checkAddress({ ...base, address: ' ' })).toBeNull();
    expect(checkAddress({ ...base, city: '' })).toBeNull();
    expect(checkAddress({ ...base, postcode: '9100' })).toBeNull();
    expect(checkAddress({ ...base, inseeCode: '9122' })).toBeNull();
  });

  it('knows the boxes', () => {
    expect(isInTerritory('metropole', 48.85, 2.35)).toBe(true);
    expect(isInTerritory('martinique', 48.85, 2.35)).toBe(false);
  });
});
