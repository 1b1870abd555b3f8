import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { JobStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { jobs } from '../schema.js';

type Payload = Readonly<Record<string, string>>;

/** The NOTIFY channel that wakes the job workers: a job was scheduled (heard when its transaction commits). */
export const JOBS_CHANNEL = 'declic_jobs';

/** Jobs in the database: claimed with SKIP LOCKED and a lease, so each runs on one instance, and again after a crash. */
export function createJobStore(db: Db): JobStore {
  return {
    async schedule(job) {
      // One round trip; PostgreSQL folds identical notifications of one transaction into one.
      await db.execute(sql`
        with scheduled as (
          insert into jobs (kind, key, payload, run_at) values (${job.kind}, ${job.key}, ${JSON.stringify(job.payload)}::jsonb, ${job.runAt})
          on conflict (key) do nothing
        )
        select pg_notify(${JOBS_CHANNEL}, '')`);
    },
    async claimDue(now, limit, leaseMs) {
      const due = db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now), or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now))))
        .orderBy(jobs.runAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(jobs)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${jobs.attempts} + 1` })
        .where(sql`${jobs.id} in (${due})`)
        .returning({ id: jobs.id, kind: jobs.kind, payload: jobs.payload, runAt: jobs.runAt, attempts: jobs.attempts });
      return rows.map((row) => ({ ...row, payload: row.payload as Payload })).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
    },
    async complete(id, now) {
      await db.update(jobs).set({ doneAt: now, lockedUntil: null, lastError: null }).where(eq(jobs.id, id));
    },
    async fail(id, error, retryAt) {
      await db.update(jobs).set({ lockedUntil: null, runAt: retryAt, lastError: error.slice(0, 500) }).where(eq(jobs.id, id));
    },
  };
}
