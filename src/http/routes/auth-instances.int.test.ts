import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anotherInstance, createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { loginAs } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { sessionNoticesDb } from '../../../test/support/session-notices-db.js';
import type { App } from '../server.js';

/** The database's notices reach the instances asynchronously, just after the change commits. */
const soon = { timeout: 3_000, interval: 20 };

describe('sessions cached by each of two instances, kept in step by the database', () => {
  let t: TestApp;
  let b: App;
  beforeAll(async () => {
    t = await createTestApp();
    b = await anotherInstance(t);
  });
  afterAll(async () => {
    await b.close();
    await t.close();
  });

  const userOn = async (app: App, token: string) => (await app.inject({ url: '/api/session', cookies: { declic_session: token } })).json().user;
  const statusOn = async (app: App, token: string) => (await app.inject({ url: '/api/me/notifications', cookies: { declic_session: token } })).statusCode;
  const bothInstances = () => [t.app, b];

  /** A user signed in through the first instance, whose session both instances have resolved. */
  async function signedIn(fields: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t.database.db, fields);
    const client = await loginAs(t.app, user.email);
    const token = client.cookies.declic_session ?? '';
    for (const app of bothInstances()) {
      expect((await userOn(app, token))?.id).toBe(user.id);
      expect(await statusOn(app, token)).toBe(200);
    }
    return { user, client, token };
  }

  it('answers from memory: a change no trigger announces is not seen, an announced one is', async () => {
    const { user, token } = await signedIn({ firstName: 'Camille' });
    await sessionNoticesDb(t.database.db).renameUserUnheard(user.id, 'Inouïe');
    for (const app of bothInstances()) expect((await userOn(app, token)).firstName).toBe('Camille');
    await sessionNoticesDb(t.database.db).renameUser(user.id, 'Annoncée');
    for (const app of bothInstances()) await expect.poll(async () => (await userOn(app, token)).firstName, soon).toBe('Annoncée');
  });

  it('a logout through one instance ends the session on the other', async () => {
    const { client, token } = await signedIn();
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect(await statusOn(t.app, token)).toBe(401);
    await expect.poll(() => statusOn(b, token), soon).toBe(401);
    expect(await userOn(b, token)).toBeNull();
  });

  it('a user deactivated in the database is refused by both instances', async () => {
    const { user, token } = await signedIn();
    await authDb(t.database.db).setActive(user.id, false);
    for (const app of bothInstances()) {
      await expect.poll(() => statusOn(app, token), soon).toBe(401);
      expect(await userOn(app, token)).toBeNull();
    }
  });

  it('a supervision added in the database shows on both instances', async () => {
    const organisation = await createOrganisation(t.database.db);
    const { user, token } = await signedIn({ profession: 'superviseur' });
    expect((await userOn(b, token)).isSupervisor).toBe(false);
    await authDb(t.database.db).supervise(user.id, { organisationId: organisation.id });
    for (const app of bothInstances()) await expect.poll(async () => (await userOn(app, token)).isSupervisor, soon).toBe(true);
  });

  it('a renamed organisation shows on both instances', async () => {
    const organisation = await createOrganisation(t.database.db, { kind: 'plateforme' });
    const { token } = await signedIn({ organisationId: organisation.id, profession: 'medecin_generaliste' });
    await sessionNoticesDb(t.database.db).renameOrganisation(organisation.id, 'Plateforme renommée');
    for (const app of bothInstances()) await expect.poll(async () => (await userOn(app, token)).organisation?.name, soon).toBe('Plateforme renommée');
  });
});
