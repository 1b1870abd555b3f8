/**
 * Géoplateforme `/geocodage/search` answers, shaped exactly like the GeoCodeJSON
 * of the BAN API (research note §4.2), for the geocoder tests.
 */

const feature = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { _type: 'address', ...properties },
});

export const evryAnswer = {
  type: 'FeatureCollection',
  version: 'draft',
  features: [
    feature(2.428413, 48.626174, {
      label: '12 Rue de la Paix 91000 Évry-Courcouronnes',
      score: 0.8732,
      housenumber: '12',
      id: '91228_0630_00012',
      type: 'housenumber',
      name: '12 Rue de la Paix',
      postcode: '91000',
      citycode: '91228',
      x: 657164.31,
      y: 6836405.97,
      city: 'Évry-Courcouronnes',
      context: '91, Essonne, Île-de-France',
      importance: 0.6037,
      street: 'Rue de la Paix',
    }),
    feature(2.429004, 48.626631, {
      label: 'Rue de la Paix 91000 Évry-Courcouronnes',
      score: 0.7611,
      id: '91228_0630',
      type: 'street',
      name: 'Rue de la Paix',
      postcode: '91000',
      citycode: '91228',
      x: 657208.14,
      y: 6836456.4,
      city: 'Évry-Courcouronnes',
      context: '91, Essonne, Île-de-France',
      importance: 0.6037,
      street: 'Rue de la Paix',
    }),
    feature(-61.070863, 14.606316, {
      label: '12 Rue de la Paix 97200 Fort-de-France',
      score: 0.5123,
      housenumber: '12',
      id: '97209_1460_00012',
      type: 'housenumber',
      name: '12 Rue de la Paix',
      postcode: '97200',
      citycode: '97209',
      x: 708521.2,
      y: 1615404.8,
      city: 'Fort-de-France',
      context: '972, Martinique, Martinique',
      importance: 0.5214,
      street: 'Rue de la Paix',
    }),
    feature(4.837512, 45.761347, {
      label: 'Rue de la Paix 69002 Lyon',
      score: 0.2981,
      id: '69382_4810',
      type: 'street',
      name: 'Rue de la Paix',
      postcode: '69002',
      citycode: '69382',
      x: 842051.33,
      y: 6518754.6,
      city: 'Lyon',
      district: 'Lyon 2e Arrondissement',
      context: '69, Rhône, Auvergne-Rhône-Alpes',
      importance: 0.7331,
      street: 'Rue de la Paix',
    }),
  ],
  attribution: 'BAN',
  licence: 'ETALAB-2.0',
  query: '12 rue de la paix',
  filters: {},
  center: null,
  limit: 10,
};

export const fortDeFranceAnswer = {
  type: 'FeatureCollection',
  version: 'draft',
  features: [evryAnswer.features[2]],
  attribution: 'BAN',
  licence: 'ETALAB-2.0',
  query: '12 rue de la paix fort',
  filters: { depcode: '972' },
  center: null,
  limit: 10,
};

/** A municipality result: `name` is the commune. */
export const municipalityAnswer = {
  type: 'FeatureCollection',
  version: 'draft',
  features: [
    feature(2.4297, 48.6243, {
      label: 'Évry-Courcouronnes',
      score: 0.9512,
      id: '91228',
      type: 'municipality',
      name: 'Évry-Courcouronnes',
      postcode: '91000',
      citycode: '91228',
      x: 657215.72,
      y: 6836227.36,
      city: 'Évry-Courcouronnes',
      context: '91, Essonne, Île-de-France',
      importance: 0.5689,
      population: 66700,
    }),
  ],
  attribution: 'BAN',
  licence: 'ETALAB-2.0',
  query: 'evry',
  filters: {},
  center: null,
  limit: 10,
};

/** Same envelope, but the features lost their INSEE code and position. */
export const missingFieldsAnswer = {
  ...evryAnswer,
  features: evryAnswer.features.map(({ properties }) => {
    const { citycode: _citycode, ...rest }: Record<string, unknown> = properties;
    return { type: 'Feature', properties: rest };
  }),
};
