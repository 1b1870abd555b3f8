import type { AddressSuggestion, PatientDetail } from '../../api/patient-types.js';

export const evry: AddressSuggestion = {
  label: '12 Rue de la Paix 91000 Évry-Courcouronnes',
  address: '12 Rue de la Paix',
  postcode: '91000',
  city: 'Évry-Courcouronnes',
  inseeCode: '91228',
  lat: 48.63,
  lng: 2.44,
  territory: 'metropole',
  timeZone: 'Europe/Paris',
  precision: 'housenumber',
};

export const picasso: PatientDetail = {
  id: 'p-1',
  phone: '+33645678912',
  lastName: 'Picasso',
  firstName: 'Pablo',
  sex: 'M',
  birthDate: '1952-08-09',
  birthPlace: null,
  identityStatus: 'provisoire',
  address: evry,
  digicode: '4521B',
  ageLabel: '73 ans - né le 09/08/1952',
  timeZone: 'Europe/Paris',
  usualProfessionals: [],
  history: [],
  followed: true,
  createdAt: '2026-01-05T09:00:00Z',
  updatedAt: '2026-01-05T09:00:00Z',
};
