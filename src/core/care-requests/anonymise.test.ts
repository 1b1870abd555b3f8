import { describe, expect, it } from 'vitest';
import { anonymisedPatient } from './anonymise.js';
import { distanceKm } from './matching.js';

const patient = {
  sex: 'F' as const,
  birthDate: '1950-03-11',
  city: 'Évry-Courcouronnes',
  postcode: '91000',
  lat: 48.6243,
  lng: 2.4283,
  // What the caller may hold beyond the contract must never come out.
  lastName: 'Dupont',
  firstName: 'Jeanne',
  phone: '+33612345678',
  address: '12 rue de la Paix',
};
const practice = { lat: 48.6139, lng: 2.4823 };

describe('anonymisedPatient', () => {
  it('keeps exactly sex, age, commune, postcode and distance', () => {
    const view = anonymisedPatient(patient, practice, '2026-03-10');
    expect(Object.keys(view).sort()).toEqual(['ageYears', 'city', 'distanceKm', 'postcode', 'sex']);
    expect(view).toEqual({ sex: 'F', ageYears: 75, city: 'Évry-Courcouronnes', postcode: '91000', distanceKm: 4.1 });
    expect(JSON.stringify(view)).not.toMatch(/Dupont|Jeanne|\+336|rue|48\.62/);
  });

  it('rounds the distance to 0.1 km', () => {
    const view = anonymisedPatient(patient, practice, '2026-03-10');
    expect(view.distanceKm).toBe(Math.round(distanceKm(patient, practice) * 10) / 10);
  });

  it('counts the age in completed years', () => {
    expect(anonymisedPatient(patient, practice, '2026-03-11').ageYears).toBe(76);
  });

  it('gives no distance without a practice', () => {
    expect(anonymisedPatient(patient, null, '2026-03-10').distanceKm).toBeNull();
  });
});
