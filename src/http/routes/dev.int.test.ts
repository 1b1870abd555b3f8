import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { anonymousClient } from '../../../test/support/client.js';

describe('dev outbox page outside demo mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO: '0' } });
  });
  afterAll(async () => t.close());

  it('does not exist', async () => {
    const res = await t.app.inject('/api/dev/outbox');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'request.not_found', message: 'Adresse introuvable.' });
  });

  it('shows no demo accounts in the session', async () => {
    const client = await anonymousClient(t.app);
    expect((await client.get('/api/session')).json()).toMatchObject({ user: null, demo: null });
  });
});

describe('dev outbox page in demo mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO: '1' } });
  });
  afterAll(async () => t.close());

  it('lists at most 50 messages, newest first', async () => {
    const client = await anonymousClient(t.app);
    const base = Date.parse('2026-01-01T08:00:00Z');
    await authDb(t.database.db).addOutbox(
      Array.from({ length: 55 }, (_, i) => ({
        channel: 'email' as const,
        recipient: `r${i}@test.declic`,
        subject: `Sujet ${i}`,
        body: 'Corps',
        createdAt: new Date(base + i * 1000),
      })),
    );
    const res = await client.get('/api/dev/outbox');
    expect(res.statusCode).toBe(200);
    const messages = res.json().messages as { recipient: string; createdAt: string; subject: string }[];
    expect(messages).toHaveLength(50);
    expect(messages[0]).toMatchObject({ recipient: 'r54@test.declic', subject: 'Sujet 54', createdAt: '2026-01-01T08:00:54.000Z' });
    expect(messages[49]?.recipient).toBe('r5@test.declic');
  });
});
