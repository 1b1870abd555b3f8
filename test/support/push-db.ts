import { eq } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/client.js';
import { pushSubscriptions } from '../../src/adapters/db/schema.js';

/** Direct looks at `push_subscriptions`, for tests of the HTTP layer (which may not import SQL). */
export const pushDb = (db: Db) => ({
  rowsOf: (endpoint: string) => db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)),
});
