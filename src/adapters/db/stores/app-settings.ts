import { eq } from 'drizzle-orm';
import type { SettingStore } from '../../../app/auth/ports.js';
import type { Db } from '../client.js';
import { appSettings } from '../schema.js';

/** Generated settings in `app_settings`; the first instance to write a key wins. */
export function createSettingStore(db: Db): SettingStore {
  return {
    async getOrCreate(key, candidate) {
      await db.insert(appSettings).values({ key, value: candidate }).onConflictDoNothing({ target: appSettings.key });
      const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
      if (!row) throw new Error(`app setting ${key} missing after insert`);
      return row.value;
    },
  };
}
