import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../test/support/client.js';
import { createUser } from '../../../test/support/factories.js';
import { startFakeGeoplateforme, type FakeGeoplateforme } from '../../../test/support/fake-geoplateforme.js';
import { evryAnswer, fortDeFranceAnswer } from '../../../test/support/geoplateforme-fixtures.js';
import { insertTerritoryCommunes, type CommuneTuple } from '../../../test/support/territory-communes.js';

const rows: CommuneTuple[] = [
  ['91228', 'Évry-Courcouronnes', ['91000', '91080'], 48.6243, 2.4297],
  ['91377', 'Massy', ['91300'], 48.7309, 2.2713],
  ['97209', 'Fort-de-France', ['97200', '97234'], 14.6161, -61.0588],
  ...Array.from({ length: 25 }, (_, i): CommuneTuple => [`91${String(900 + i)}`, `Testville ${i + 1}`, ['91999'], 48.5, 2.3]),
];

async function signedIn(t: TestApp): Promise<TestClient> {
  const user = await createUser(t.database.db, { profession: 'medecin_generaliste' });
  return loginAs(t.app, user.email);
}

const q = (text: string, extra = '') => `/api/addresses?q=${encodeURIComponent(text)}${extra}`;

describe('addresses API — offline geocoder (demo and tests)', () => {
  let t: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    await insertTerritoryCommunes(t.database.db, rows);
    client = await signedIn(t);
  });
  afterAll(async () => t.close());

  it('is for signed-in users only', async () => {
    const anonymous = await anonymousClient(t.app);
    for (const url of [q('12 rue de la Paix Evry'), '/api/communes?q=evry', q('x', '&territory=nowhere')]) {
      const res = await anonymous.get(url);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'auth.unauthenticated' });
    }
  });

  it('suggests commune-level addresses, not degraded', async () => {
    const res = await client.get(q('12 rue de la Paix Evry'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.json()).toEqual({
      degraded: false,
      suggestions: [
        expect.objectContaining({ label: '12 rue de la Paix, 91000 Évry-Courcouronnes', inseeCode: '91228', precision: 'municipality', territory: 'metropole', timeZone: 'Europe/Paris' }),
        expect.objectContaining({ label: '12 rue de la Paix, 91080 Évry-Courcouronnes' }),
      ],
    });
  });

  it('filters by territory and honours the limit', async () => {
    expect((await client.get(q('fort de france', '&territory=metropole'))).json()).toEqual({ suggestions: [], degraded: false });
    const martinique = (await client.get(q('fort de france', '&territory=martinique&limit=1'))).json();
    expect(martinique.suggestions).toEqual([expect.objectContaining({ label: '97200 Fort-de-France', timeZone: 'America/Martinique' })]);
  });

  it('answers nothing under 3 characters, 422 on bad parameters', async () => {
    expect((await client.get(q('ev'))).json()).toEqual({ suggestions: [], degraded: false });
    expect((await client.get('/api/addresses')).json()).toEqual({ suggestions: [], degraded: false });
    for (const url of [q('evry', '&territory=corse'), q('evry', '&limit=0'), q('evry', '&limit=abc'), q('e'.repeat(501))]) {
      const res = await client.get(url);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'validation.failed', message: expect.any(String) });
    }
  });

  it('lists communes for "Lieu de naissance": by name, postcode or INSEE code, 20 at most', async () => {
    const byName = await client.get('/api/communes?q=fort%20de');
    expect(byName.json()).toEqual({ communes: [{ inseeCode: '97209', name: 'Fort-de-France', postcodes: ['97200', '97234'], departement: '972' }] });
    expect((await client.get('/api/communes?q=91080')).json().communes.map((c: { name: string }) => c.name)).toEqual(['Évry-Courcouronnes']);
    expect((await client.get('/api/communes?q=91377')).json().communes.map((c: { name: string }) => c.name)).toEqual(['Massy']);
    expect((await client.get('/api/communes?q=testville')).json().communes).toHaveLength(20);
    expect((await client.get('/api/communes?q=')).json()).toEqual({ communes: [] });
    expect((await client.get("/api/communes?q=%25_'")).json()).toEqual({ communes: [] });
    expect((await client.get(`/api/communes?q=${'a'.repeat(101)}`)).statusCode).toBe(422);
  });
});

describe('addresses API — national geocoder', () => {
  let fake: FakeGeoplateforme;
  let t: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    fake = await startFakeGeoplateforme();
    t = await createTestApp({ env: { GEOCODER: 'geoplateforme', GEOCODER_URL: fake.url, GEOCODER_TIMEOUT_MS: '300' } });
    await insertTerritoryCommunes(t.database.db, rows);
    client = await signedIn(t);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('passes its suggestions through, filtered by territory', async () => {
    fake.reply = { kind: 'json', body: evryAnswer };
    const res = (await client.get(q('12 rue de la paix', '&territory=metropole'))).json();
    expect(res.degraded).toBe(false);
    expect(res.suggestions.map((s: { label: string }) => s.label)).toEqual(['12 Rue de la Paix 91000 Évry-Courcouronnes', 'Rue de la Paix 91000 Évry-Courcouronnes']);

    fake.reply = { kind: 'json', body: fortDeFranceAnswer };
    const martinique = (await client.get(q('12 rue de la paix fort', '&territory=martinique'))).json();
    expect(fake.requests.at(-1)?.params.get('depcode')).toBe('972');
    expect(martinique.suggestions).toEqual([expect.objectContaining({ inseeCode: '97209', postcode: '97200', precision: 'housenumber', timeZone: 'America/Martinique' })]);
  });

  it.each([
    ['a 500', { kind: 'raw', status: 500, body: 'Internal Server Error' }, 'server_error'],
    ['a 429', { kind: 'json', status: 429, body: { message: 'Too Many Requests' } }, 'rate_limited'],
    ['invalid JSON', { kind: 'raw', status: 200, body: '<html>', contentType: 'application/json' }, 'invalid_response'],
    ['no answer', { kind: 'hang' }, 'timeout'],
  ] as const)('falls back to the commune table, degraded, on %s — and logs the kind, never the address', async (_label, reply, kind) => {
    fake.reply = reply;
    const before = t.logs.length;
    const res = await client.get(q('12 rue des Lilas Evry'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      degraded: true,
      suggestions: [expect.objectContaining({ label: '12 rue des Lilas, 91000 Évry-Courcouronnes', precision: 'municipality' }), expect.anything()],
    });
    const logs = t.logs.slice(before).join('\n');
    expect(logs).toContain(`"geocoder":"${kind}"`);
    expect(logs).not.toMatch(/Lilas|Evry|127\.0\.0\.1/i);
  });
});
