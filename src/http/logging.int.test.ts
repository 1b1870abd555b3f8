/** The app's own logs carry no personal data, whatever the requests contained. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { anonymousClient, loginAs } from '../../test/support/client.js';
import { createUser } from '../../test/support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'trace' } });
});
afterAll(async () => t.close());

it('logs requests without names, e-mails, phones, addresses, passwords or tokens', async () => {
  const admin = await createUser(t.database.db, { isAdmin: true, profession: 'superviseur' });
  const client = await loginAs(t.app, admin.email);
  const secrets = {
    email: 'solange.verdier@exemple.fr',
    firstName: 'Solange',
    lastName: 'VERDIER',
    mobilePhone: '06 98 76 54 32',
    password: 'Mot-de-passe-tres-secret',
    address: '17 rue des Capucines',
  };
  const created = await client.post('/api/admin/users', {
    email: secrets.email,
    firstName: secrets.firstName,
    lastName: secrets.lastName,
    profession: 'infirmier',
    rpps: '10123456781',
    mobilePhone: secrets.mobilePhone,
    isAdmin: false,
    practice: { address: secrets.address, inseeCode: '91228' },
    password: secrets.password,
  });
  expect(created.statusCode).toBeLessThan(500);
  await client.get(`/api/admin/users?q=${encodeURIComponent(secrets.lastName)}`);

  const anonymous = await anonymousClient(t.app);
  await anonymous.post('/api/auth/login', { identifiant: secrets.email, password: 'wrong-password-123' });
  await anonymous.post('/api/auth/password-reset', { identifiant: secrets.email });

  const logs = t.logs.join('\n');
  expect(logs.length).toBeGreaterThan(0);
  expect(logs).toContain('/api/admin/users');
  for (const value of [...Object.values(secrets), '+33698765432', 'Solange', 'VERDIER', 'solange', client.cookies['declic_session'] ?? 'no-session']) {
    expect(logs, `logs contain "${value}"`).not.toContain(value);
  }
});
