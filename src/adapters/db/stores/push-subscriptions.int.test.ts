import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/db.js';
import { createUser } from '../../../../test/support/factories.js';
import type { DatabaseHandle } from '../client.js';
import { createPushSubscriptionStore } from './push-subscriptions.js';

describe('push subscription store (what the outbox worker reads)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  const device = (n: number) => ({ endpoint: `https://push.example.com/d/${n}`, p256dh: `p256dh-${n}`, auth: `auth-${n}`, userAgent: null });

  it('gives a user’s subscriptions, most recent first, one by id, and forgets one by id', async () => {
    const store = createPushSubscriptionStore(database.db);
    const user = await createUser(database.db);
    const other = await createUser(database.db);
    await store.save(user.id, device(1), new Date('2026-01-01T10:00:00Z'));
    const second = await store.save(user.id, device(2), new Date('2026-01-02T10:00:00Z'));
    await store.save(other.id, device(3), new Date('2026-01-03T10:00:00Z'));

    const targets = await store.subscriptionsOf(user.id);
    expect(targets).toEqual([
      { id: second.id, endpoint: device(2).endpoint, p256dh: 'p256dh-2', auth: 'auth-2' },
      { id: expect.any(String), endpoint: device(1).endpoint, p256dh: 'p256dh-1', auth: 'auth-1' },
    ]);

    expect(await store.get(second.id)).toEqual({ id: second.id, userId: user.id, endpoint: device(2).endpoint, p256dh: 'p256dh-2', auth: 'auth-2' });
    await store.remove(second.id);
    await store.remove(second.id);
    expect(await store.get(second.id)).toBeNull();
    expect((await store.subscriptionsOf(user.id)).map((t) => t.endpoint)).toEqual([device(1).endpoint]);
    expect(await store.subscriptionsOf(other.id)).toHaveLength(1);
  });
});
