import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGeoplateforme, type FakeGeoplateforme } from '../../../test/support/fake-geoplateforme.js';
import { evryAnswer, fortDeFranceAnswer, missingFieldsAnswer, municipalityAnswer } from '../../../test/support/geoplateforme-fixtures.js';
import { GeocoderUnavailable } from '../../app/addresses/index.js';
import { GeoplateformeGeocoder } from './geoplateforme.js';

let fake: FakeGeoplateforme;
let geocoder: GeoplateformeGeocoder;

beforeAll(async () => {
  fake = await startFakeGeoplateforme();
  geocoder = new GeoplateformeGeocoder({ baseUrl: fake.url, timeoutMs: 300 });
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const failureOf = async (promise: Promise<unknown>): Promise<string> => {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeocoderUnavailable);
  return (error as GeocoderUnavailable).kind;
};

describe('GeoplateformeGeocoder', () => {
  it('asks /search for an address autocomplete, with a User-Agent', async () => {
    fake.reply = { kind: 'json', body: evryAnswer };
    await geocoder.search('  12 rue de la   paix ', { limit: 3 });
    const [request] = fake.requests;
    expect(request?.path).toBe('/geocodage/search');
    expect(Object.fromEntries(request?.params ?? [])).toEqual({ q: '12 rue de la paix', limit: '8', autocomplete: '1', index: 'address' });
    expect(request?.headers['user-agent']).toMatch(/^Declic\//);
  });

  it('maps GeoCodeJSON features to suggestions ([lon, lat], INSEE code, territory and time zone), dropping low scores', async () => {
    fake.reply = { kind: 'json', body: evryAnswer };
    const suggestions = await geocoder.search('12 rue de la paix');
    expect(suggestions.map((s) => s.label)).toEqual([
      '12 Rue de la Paix 91000 Évry-Courcouronnes',
      'Rue de la Paix 91000 Évry-Courcouronnes',
      '12 Rue de la Paix 97200 Fort-de-France',
    ]);
    expect(suggestions[0]).toEqual({
      label: '12 Rue de la Paix 91000 Évry-Courcouronnes',
      address: '12 Rue de la Paix',
      postcode: '91000',
      city: 'Évry-Courcouronnes',
      inseeCode: '91228',
      lat: 48.626174,
      lng: 2.428413,
      territory: 'metropole',
      timeZone: 'Europe/Paris',
      precision: 'housenumber',
    });
    expect(suggestions[2]).toMatchObject({ inseeCode: '97209', territory: 'martinique', timeZone: 'America/Martinique', lat: 14.606316, lng: -61.070863 });
  });

  it('keeps the commune name as the address of a municipality result', async () => {
    fake.reply = { kind: 'json', body: municipalityAnswer };
    const [suggestion] = await geocoder.search('evry');
    expect(suggestion).toMatchObject({ address: 'Évry-Courcouronnes', city: 'Évry-Courcouronnes', precision: 'municipality' });
  });

  it('filters by territory: depcode for a DROM, and every result checked', async () => {
    fake.reply = { kind: 'json', body: fortDeFranceAnswer };
    const martinique = await geocoder.search('12 rue de la paix fort', { territory: 'martinique' });
    expect(fake.requests[0]?.params.get('depcode')).toBe('972');
    expect(martinique.map((s) => s.inseeCode)).toEqual(['97209']);

    fake.reply = { kind: 'json', body: evryAnswer };
    const mainland = await geocoder.search('12 rue de la paix', { territory: 'metropole' });
    expect(fake.requests[1]?.params.has('depcode')).toBe(false);
    expect(mainland.map((s) => s.territory)).toEqual(['metropole', 'metropole']);
    expect(await geocoder.search('12 rue de la paix', { territory: 'reunion' })).toEqual([]);
  });

  it('answers nothing under 3 characters without calling the service, and starts the query with a letter or digit', async () => {
    expect(await geocoder.search(' ab ')).toEqual([]);
    expect(await geocoder.search('"« ab')).toEqual([]);
    expect(fake.requests).toHaveLength(0);
    fake.reply = { kind: 'json', body: municipalityAnswer };
    await geocoder.search('« Évry');
    expect(fake.requests[0]?.params.get('q')).toBe('Évry');
    fake.requests.length = 0;
    expect(fake.requests).toHaveLength(0);
  });

  it('reports a 500, a 429 and any other HTTP error as unavailable', async () => {
    fake.reply = { kind: 'raw', status: 500, body: '<html>Internal Server Error</html>' };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('server_error');
    fake.reply = { kind: 'json', status: 429, body: { code: 429, message: 'Too Many Requests' } };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('rate_limited');
    fake.reply = { kind: 'json', status: 400, body: { code: 400, message: 'Failed parsing query' } };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('http_error');
  });

  it('reports invalid JSON and malformed answers as unavailable, never as a crash', async () => {
    fake.reply = { kind: 'raw', status: 200, body: '{"type":"FeatureCollection","features":[', contentType: 'application/json' };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('invalid_response');
    fake.reply = { kind: 'json', body: { error: 'maintenance' } };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('invalid_response');
    fake.reply = { kind: 'json', body: missingFieldsAnswer };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('invalid_response');
    fake.reply = { kind: 'json', body: null };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('invalid_response');
  });

  it('skips a malformed feature among good ones, and answers an empty collection with no suggestion', async () => {
    fake.reply = { kind: 'json', body: { ...evryAnswer, features: [{ type: 'Feature', properties: {} }, evryAnswer.features[0]] } };
    expect((await geocoder.search('12 rue de la paix')).map((s) => s.inseeCode)).toEqual(['91228']);
    fake.reply = { kind: 'json', body: { ...evryAnswer, features: [] } };
    expect(await geocoder.search('zzzz')).toEqual([]);
  });

  it('gives up after the timeout when the service never answers, or stalls mid-body', async () => {
    fake.reply = { kind: 'hang' };
    const started = Date.now();
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
    fake.reply = { kind: 'stall' };
    expect(await failureOf(geocoder.search('12 rue de la paix'))).toBe('timeout');
  });

  it('reports a refused connection as unavailable, without the query in the error', async () => {
    const closed = await startFakeGeoplateforme();
    await closed.close();
    const error = await new GeoplateformeGeocoder({ baseUrl: closed.url, timeoutMs: 500 }).search('12 rue des Lilas').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeocoderUnavailable);
    expect((error as GeocoderUnavailable).kind).toBe('network');
    expect(String((error as Error).message)).not.toMatch(/Lilas/i);
  });
});
