import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../test/support/client.js';
import { createUser } from '../../../test/support/factories.js';

describe('notification preferences API', () => {
  let t: TestApp;
  let nurse: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    nurse = await loginAs(t.app, (await createUser(t.database.db)).email);
  });
  afterAll(async () => t.close());

  it('starts with every channel and no quiet hours, then keeps the user’s choices', async () => {
    expect((await nurse.get('/api/me/notifications')).json().preferences).toEqual({
      notifySms: true,
      notifyEmail: true,
      notifyPush: true,
      quietHoursStart: null,
      quietHoursEnd: null,
    });
    const saved = await nurse.put('/api/me/notifications', { notifySms: true, notifyEmail: false, notifyPush: true, quietHoursStart: '21:00', quietHoursEnd: '07:30' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await nurse.get('/api/me/notifications')).json().preferences).toEqual({
      notifySms: true,
      notifyEmail: false,
      notifyPush: true,
      quietHoursStart: '21:00',
      quietHoursEnd: '07:30',
    });
  });

  it('refuses half a range of quiet hours with a French message, and anonymous callers', async () => {
    const res = await nurse.put('/api/me/notifications', { notifySms: true, notifyEmail: true, notifyPush: true, quietHoursStart: '21:00', quietHoursEnd: '' });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({ quietHoursEnd: 'Indiquez le début et la fin des heures de tranquillité, ou aucune des deux.' });
    expect((await (await anonymousClient(t.app)).get('/api/me/notifications')).statusCode).toBe(401);
  });
});
