import type { Actor } from '../../core/actor.js';
import type { CareRequestPeriod } from './list-care-requests.js';
import type { CallerProfile } from './ports.js';
import type { RetriggerInput } from './retrigger.js';
import type { BatchInput } from './trigger-batch.js';
import type { BatchResult, CareRequestSummary, CareRequestView, ReceivedOffer, ResourceView } from './views.js';

/** Care requests (déclenchements): every call checks the actor's rights and logs patient reads and writes. */
export interface CareRequestsService {
  getCaller(actor: Actor): Promise<CallerProfile>;
  triggerBatch(actor: Actor, input: BatchInput): Promise<BatchResult>;
  getCareRequest(actor: Actor, id: string): Promise<CareRequestView>;
  getCareRequestByNumber(actor: Actor, number: string): Promise<CareRequestView>;
  listCareRequests(actor: Actor, filter: { days?: CareRequestPeriod | null }): Promise<CareRequestSummary[]>;
  retrigger(actor: Actor, id: string, input: RetriggerInput): Promise<{ careRequest: CareRequestView; offeredCount: number }>;
  /** "Demandes reçues" of a notified professional. */
  listReceivedOffers(actor: Actor): Promise<ReceivedOffer[]>;
  acceptOffer(actor: Actor, id: string): Promise<CareRequestView>;
  declineOffer(actor: Actor, id: string, input: { reason: string; comment?: string | null | undefined }): Promise<CareRequestView>;
  cancelCareRequest(actor: Actor, id: string, input: { reason: string }): Promise<CareRequestView>;
  recordVisit(actor: Actor, id: string): Promise<CareRequestView>;
  completeCareRequest(actor: Actor, id: string): Promise<CareRequestView>;
  handBack(actor: Actor, id: string, input: { reason: string }): Promise<CareRequestView>;
  listResources(actor: Actor, id: string): Promise<ResourceView[]>;
  /** Runs the due deferred jobs; returns how many ran. */
  runDueJobs(): Promise<number>;
}
