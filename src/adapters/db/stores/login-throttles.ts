import { and, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { ThrottleStore } from '../../../app/auth/ports.js';
import type { Db } from '../client.js';
import { loginThrottles } from '../schema.js';

const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;

/** Failed-login and reset-request counters in `login_throttles`, shared by every instance. */
export function createThrottleStore(db: Db): ThrottleStore {
  const t = loginThrottles;
  return {
    async lockedUntil(keys, now) {
      const [row] = await db
        .select({ until: max(t.lockedUntil) })
        .from(t)
        .where(and(inArray(t.key, [...keys]), gt(t.lockedUntil, now)));
      return row?.until ?? null;
    },

    async hit(key, now, { limit, windowMs, lockMs }) {
      const nowMs = now.getTime();
      const lockEnd = at(nowMs + lockMs);
      // The window is over once its lock has ended, or (never locked) once it is older than windowMs.
      const stale = sql`coalesce(${t.lockedUntil} <= ${at(nowMs)}, ${t.windowStartedAt} <= ${at(nowMs - windowMs)})`;
      const [row] = await db
        .insert(t)
        .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? new Date(nowMs + lockMs) : null })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            failures: sql`case when ${stale} then 1 else ${t.failures} + 1 end`,
            windowStartedAt: sql`case when ${stale} then ${at(nowMs)} else ${t.windowStartedAt} end`,
            lockedUntil: sql`case
              when ${stale} then (case when 1 >= ${limit}::int then ${lockEnd} else null end)
              when ${t.lockedUntil} is not null then ${t.lockedUntil}
              when ${t.failures} + 1 >= ${limit}::int then ${lockEnd}
              else null end`,
          },
        })
        .returning({ count: t.failures, lockedUntil: t.lockedUntil });
      if (!row) throw new Error('login_throttles upsert returned no row');
      return row;
    },

    async clear(key) {
      await db.delete(t).where(eq(t.key, key));
    },
  };
}
