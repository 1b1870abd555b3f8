import { eq } from 'drizzle-orm';
import type { PreferencesStore } from '../../../app/preferences/index.js';
import type { Db } from '../client.js';
import { users } from '../schema.js';

const columns = {
  notifySms: users.notifySms,
  notifyEmail: users.notifyEmail,
  notifyPush: users.notifyPush,
  quietHoursStart: users.quietHoursStart,
  quietHoursEnd: users.quietHoursEnd,
};

/** Notification choices, on the users row. */
export function createPreferencesStore(db: Db): PreferencesStore {
  return {
    async get(userId) {
      const [row] = await db.select(columns).from(users).where(eq(users.id, userId));
      return row ?? null;
    },
    async set(userId, preferences, now) {
      await db.update(users).set({ ...preferences, updatedAt: now }).where(eq(users.id, userId));
    },
  };
}
