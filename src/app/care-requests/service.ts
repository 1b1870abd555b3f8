import type { Actor } from '../../core/actor.js';
import type { DocumentFile, DocumentInput } from './documents.js';
import type { CareRequestListFilter, CareRequestPage } from './list-care-requests.js';
import type { CallerProfile } from './ports.js';
import type { RetriggerInput } from './retrigger.js';
import type { BatchInput } from './trigger-batch.js';
import type { BatchResult, CareRequestView, DocumentView, ReceivedOffer, ResourceView, TimelineLine } from './views.js';

/** Care requests (déclenchements): every call checks the actor's rights and logs patient reads and writes. */
export interface CareRequestsService {
  getCaller(actor: Actor): Promise<CallerProfile>;
  triggerBatch(actor: Actor, input: BatchInput): Promise<BatchResult>;
  getCareRequest(actor: Actor, id: string): Promise<CareRequestView>;
  getCareRequestByNumber(actor: Actor, number: string): Promise<CareRequestView>;
  /** The dashboard: a page of "Mes fiches" or of "Fiches supervisées". */
  listCareRequests(actor: Actor, filter: CareRequestListFilter): Promise<CareRequestPage>;
  retrigger(actor: Actor, id: string, input: RetriggerInput): Promise<{ careRequest: CareRequestView; offeredCount: number }>;
  /** "Demandes reçues" of a notified professional; with `careRequestId`, the lines of that request only. */
  listReceivedOffers(actor: Actor, careRequestId?: string): Promise<ReceivedOffer[]>;
  acceptOffer(actor: Actor, id: string): Promise<CareRequestView>;
  declineOffer(actor: Actor, id: string, input: { reason: string; comment?: string | null | undefined }): Promise<CareRequestView>;
  cancelCareRequest(actor: Actor, id: string, input: { reason: string }): Promise<CareRequestView>;
  recordVisit(actor: Actor, id: string): Promise<CareRequestView>;
  completeCareRequest(actor: Actor, id: string): Promise<CareRequestView>;
  handBack(actor: Actor, id: string, input: { reason: string }): Promise<CareRequestView>;
  listResources(actor: Actor, id: string): Promise<ResourceView[]>;
  /** "Ajouter un document à la fiche": by the requester's side or the performer. */
  addDocument(actor: Actor, id: string, input: DocumentInput): Promise<DocumentView>;
  /** The documents of a fiche, newest first (full view only). */
  listDocuments(actor: Actor, id: string): Promise<DocumentView[]>;
  /** One document with its content (full view of its fiche only). */
  readDocument(actor: Actor, documentId: string): Promise<DocumentFile>;
  /** "Ajouter un commentaire / un tag": by the requester's side or the performer. */
  addComment(actor: Actor, id: string, input: { text?: string | null; tag?: string | null }): Promise<CareRequestView>;
  /** The whole horodatage, newest first. */
  readTimeline(actor: Actor, id: string): Promise<TimelineLine[]>;
  /** Runs the due deferred jobs; returns how many ran. */
  runDueJobs(): Promise<number>;
}
