import type { Actor } from '../../core/actor.js';
import type { CareRequestPeriod } from './list-care-requests.js';
import type { CallerProfile } from './ports.js';
import type { RetriggerInput } from './retrigger.js';
import type { BatchInput } from './trigger-batch.js';
import type { BatchResult, CareRequestSummary, CareRequestView } from './views.js';

/** Care requests (déclenchements): every call checks the actor's rights and logs patient reads and writes. */
export interface CareRequestsService {
  getCaller(actor: Actor): Promise<CallerProfile>;
  triggerBatch(actor: Actor, input: BatchInput): Promise<BatchResult>;
  getCareRequest(actor: Actor, id: string): Promise<CareRequestView>;
  getCareRequestByNumber(actor: Actor, number: string): Promise<CareRequestView>;
  listCareRequests(actor: Actor, filter: { days?: CareRequestPeriod | null }): Promise<CareRequestSummary[]>;
  retrigger(actor: Actor, id: string, input: RetriggerInput): Promise<{ careRequest: CareRequestView; offeredCount: number }>;
  /** Runs the due deferred jobs; returns how many ran. */
  runDueJobs(): Promise<number>;
}
