import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../app/ports.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { anonymousClient, loginAs, type TestClient } from '../../../test/support/client.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';

const NEW_PASSWORD = 'un nouveau mot de passe solide';
const requested = 'Si un compte correspond à cet identifiant, un e-mail de réinitialisation vient d’être envoyé.';
const invalidToken = {
  code: 'auth.reset_token_invalid',
  message: 'Ce lien de réinitialisation est invalide, a expiré ou a déjà été utilisé.',
};

interface OutboxMessage {
  recipient: string;
  subject: string;
  body: string;
}

describe('password reset through the dev outbox', () => {
  let t: TestApp;
  let client: TestClient;
  let offsetMs = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };

  const mailsTo = async (email: string): Promise<OutboxMessage[]> => {
    const res = await client.get('/api/dev/outbox');
    expect(res.statusCode).toBe(200);
    return (res.json().messages as OutboxMessage[]).filter((m) => m.recipient === email);
  };
  const requestReset = (identifiant: string) => client.post('/api/auth/password-reset', { identifiant });
  const tokenFrom = (mail: OutboxMessage | undefined): string => {
    const match = /\/reinitialiser-mot-de-passe\?token=([\w-]+)/.exec(mail?.body ?? '');
    if (!match?.[1]) throw new Error('no reset link in the e-mail');
    return match[1];
  };
  const resetTokenOf = async (email: string) => {
    expect((await requestReset(email)).statusCode).toBe(202);
    return tokenFrom((await mailsTo(email))[0]);
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', PUBLIC_URL: 'https://declic.example' }, overrides: { clock } });
    client = await anonymousClient(t.app);
  });
  afterAll(async () => t.close());

  it('e-mails a single-use link that sets a new password and ends every session', async () => {
    const user = await createUser(t.database.db, { firstName: 'Élodie' });
    const oldSession = await loginAs(t.app, user.email);

    const res = await requestReset(` ${user.email.toUpperCase()}`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ message: requested });
    const [mail, ...others] = await mailsTo(user.email);
    expect(others).toHaveLength(0);
    expect(mail?.subject).toBe('Déclic — réinitialisation de votre mot de passe');
    expect(mail?.body).toContain('Bonjour Élodie,');
    expect(mail?.body).toContain('valable 1 heure');
    expect(mail?.body).toContain('Si vous n’êtes pas à l’origine de cette demande, ignorez ce message');
    expect(mail?.body).toContain('https://declic.example/reinitialiser-mot-de-passe?token=');
    const token = tokenFrom(mail);
    const [stored] = await authDb(t.database.db).resetTokensOf(user.id);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.tokenHash).not.toBe(token);

    const confirm = await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(confirm.statusCode).toBe(204);
    expect((await oldSession.get('/api/session')).json().user).toBeNull();
    await expect(loginAs(t.app, user.email)).rejects.toThrow(/401/);
    const fresh = await loginAs(t.app, user.email, NEW_PASSWORD);
    expect((await fresh.get('/api/session')).json().user.id).toBe(user.id);

    const again = await client.post('/api/auth/password-reset/confirm', { token, password: 'encore un autre mot de passe' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual(invalidToken);
  });

  it('answers an unknown or deactivated identifiant the same way, without any e-mail', async () => {
    const inactive = await createUser(t.database.db, { active: false });
    const unknown = 'personne-inconnue@test.declic';
    for (const identifiant of [unknown, inactive.email]) {
      const res = await requestReset(identifiant);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ message: requested });
      expect(await mailsTo(identifiant)).toHaveLength(0);
    }
  });

  it('refuses an expired token', async () => {
    const user = await createUser(t.database.db);
    const token = await resetTokenOf(user.email);
    offsetMs += 61 * 60_000;
    const res = await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(invalidToken);
    await loginAs(t.app, user.email);
  });

  it('refuses an unknown token', async () => {
    const res = await client.post('/api/auth/password-reset/confirm', { token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(invalidToken);
  });

  it('enforces the password policy (12 to 128 characters) without using the token up', async () => {
    const user = await createUser(t.database.db);
    const token = await resetTokenOf(user.email);
    const short = await client.post('/api/auth/password-reset/confirm', { token, password: 'court' });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({
      code: 'validation.failed',
      fields: { password: 'Le mot de passe doit contenir au moins 12 caractères.' },
    });
    const long = await client.post('/api/auth/password-reset/confirm', { token, password: 'a'.repeat(129) });
    expect(long.statusCode).toBe(422);
    expect(long.json().fields).toEqual({ password: 'Le mot de passe doit contenir au plus 128 caractères.' });
    expect((await client.post('/api/auth/password-reset/confirm', { token, password: 'a'.repeat(128) })).statusCode).toBe(204);
  });

  it('only the latest link works once a password has been changed', async () => {
    const user = await createUser(t.database.db);
    const first = await resetTokenOf(user.email);
    const second = await resetTokenOf(user.email);
    expect(first).not.toBe(second);
    expect((await client.post('/api/auth/password-reset/confirm', { token: second, password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await client.post('/api/auth/password-reset/confirm', { token: first, password: NEW_PASSWORD })).statusCode).toBe(400);
  });

  it('sends at most 3 e-mails per identifiant in 15 minutes', async () => {
    const user = await createUser(t.database.db);
    for (let i = 0; i < 5; i += 1) {
      const res = await requestReset(user.email);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ message: requested });
    }
    expect(await mailsTo(user.email)).toHaveLength(3);
    offsetMs += 31 * 60_000;
    await requestReset(user.email);
    expect(await mailsTo(user.email)).toHaveLength(4);
  });

  it('lifts the lockout of the account', async () => {
    const user = await createUser(t.database.db);
    const other = await anonymousClient(t.app);
    for (let i = 0; i < 3; i += 1) await other.post('/api/auth/login', { identifiant: user.email, password: 'mauvais-mot-de-passe' });
    expect((await other.post('/api/auth/login', { identifiant: user.email, password: TEST_PASSWORD })).statusCode).toBe(429);
    const token = await resetTokenOf(user.email);
    expect((await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
    expect((await other.post('/api/auth/login', { identifiant: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a token of a user deactivated since the request', async () => {
    const user = await createUser(t.database.db);
    const token = await resetTokenOf(user.email);
    await authDb(t.database.db).setActive(user.id, false);
    const res = await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(invalidToken);
  });

  it('writes no identifiant, password or token in the logs', async () => {
    const user = await createUser(t.database.db);
    const token = await resetTokenOf(user.email);
    await client.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    await loginAs(t.app, user.email, NEW_PASSWORD);
    const logs = t.logs.join('\n');
    expect(logs).not.toContain(user.email);
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(NEW_PASSWORD);
    expect(logs).not.toContain(client.cookies.declic_anon ?? 'no-cookie');
  });
});
