import type { CareRequestsDeps } from './deps.js';
import { expireRound, jobKinds, sendOfferMessages, widenRound } from './dispatch.js';
import { sendTakenMessages } from './offer-answers.js';
import type { JobRecord } from './ports.js';

/** Jobs claimed per pass. */
export const JOBS_BATCH_SIZE = 50;
const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 15 * 60_000;

async function runJob(deps: CareRequestsDeps, job: JobRecord, now: Date): Promise<void> {
  const careRequestId = job.payload.careRequestId ?? '';
  const roundId = job.payload.roundId ?? '';
  await deps.transactor.run(async (stores) => {
    const ctx = { publicUrl: deps.publicUrl, now };
    if (job.kind === jobKinds.widen) await widenRound(stores, careRequestId, roundId, ctx);
    else if (job.kind === jobKinds.deadline) await expireRound(stores, careRequestId, roundId, ctx);
    else if (job.kind === jobKinds.notifyOffers) await sendOfferMessages(stores, careRequestId, roundId, ctx);
    else if (job.kind === jobKinds.notifyTaken) await sendTakenMessages(stores, careRequestId, new Date(job.payload.at ?? ''), ctx);
    else throw new Error(`unknown job kind ${job.kind}`);
    await stores.jobs.complete(job.id, now);
  });
}

/**
 * Runs the due jobs (offer messages, round widening, response deadlines): each in its own
 * transaction, claimed just before it runs with a lease so that one instance runs it (a crash
 * strands one job for its lease, not a batch); a failure is retried later with exponential
 * backoff. Returns how many jobs ran.
 */
export async function runDueJobs(deps: CareRequestsDeps, limit = JOBS_BATCH_SIZE): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const now = deps.clock.now();
    const [job] = await deps.stores.jobs.claimDue(now, 1, LEASE_MS);
    if (!job) break;
    try {
      await runJob(deps, job, now);
    } catch (error) {
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** job.attempts);
      await deps.stores.jobs.fail(job.id, error instanceof Error ? error.message : String(error), new Date(now.getTime() + backoff));
    }
  }
  return ran;
}
