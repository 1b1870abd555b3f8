import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../../test/support/client.js';
import { insertCommunes } from '../../../../test/support/communes.js';
import { createUser } from '../../../../test/support/factories.js';

const commune = (inseeCode: string, name: string, postcodes: string[], lat: number, lng: number) => ({ inseeCode, name, postcodes, lat, lng });

describe('admin API — communes search', () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    await insertCommunes(t.database.db, [
      commune('91228', 'Évry-Courcouronnes', ['91000', '91080'], 48.6243, 2.4297),
      commune('91549', 'Sainte-Geneviève-des-Bois', ['91700'], 48.6458, 2.3197),
      commune('91570', 'Saint-Michel-sur-Orge', ['91240'], 48.6346, 2.3081),
      commune('91174', 'Corbeil-Essonnes', ['91100'], 48.6139, 2.482),
      commune('91223', 'Étampes', ['91150'], 48.4343, 2.1615),
      commune('91692', 'Les Ulis', ['91940'], 48.6818, 2.1697),
    ]);
    const user = await createUser(t.database.db, { email: `admin-${randomBytes(4).toString('hex')}@test.declic`, isAdmin: true });
    admin = await loginAs(t.app, user.email);
  });
  afterAll(async () => t.close());

  const names = async (q: string): Promise<string[]> => {
    const res = await admin.get(`/api/admin/communes?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    return res.json().communes.map((c: { name: string }) => c.name);
  };

  it('finds communes by name prefix, ignoring accents, case and hyphens', async () => {
    expect(await names('evry')).toEqual(['Évry-Courcouronnes']);
    expect(await names('ÉTAM')).toEqual(['Étampes']);
    expect(await names('sainte genevieve')).toEqual(['Sainte-Geneviève-des-Bois']);
    expect(await names('saint')).toEqual(['Saint-Michel-sur-Orge', 'Sainte-Geneviève-des-Bois']);
    expect(await names('les ulis')).toEqual(['Les Ulis']);
    expect(await names('courcouronnes')).toEqual([]);
  });

  it('finds communes by postcode prefix or INSEE code', async () => {
    expect(await names('91080')).toEqual(['Évry-Courcouronnes']);
    expect(await names('911')).toEqual(['Corbeil-Essonnes', 'Étampes']);
    expect(await names('91228')).toEqual(['Évry-Courcouronnes']);
  });

  it('returns the picker fields', async () => {
    const res = await admin.get('/api/admin/communes?q=evry');
    expect(res.json()).toEqual({ communes: [{ inseeCode: '91228', name: 'Évry-Courcouronnes', postcodes: ['91000', '91080'], lat: 48.6243, lng: 2.4297 }] });
  });

  it('answers empty, odd or too long queries without failing', async () => {
    expect(await names('')).toEqual([]);
    expect(await names('%')).toEqual([]);
    expect(await names("l'")).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect((await admin.get(`/api/admin/communes?q=${'a'.repeat(101)}`)).statusCode).toBe(422);
  });
});
