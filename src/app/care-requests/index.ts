import { createAcceptGate } from './accept-gate.js';
import { cancelCareRequest } from './cancel.js';
import { addComment, readTimeline } from './comments.js';
import type { CareRequestsDeps } from './deps.js';
import { addDocument, listDocuments, readDocument } from './documents.js';
import { acceptOffer, declineOffer } from './offer-answers.js';
import { completeCareRequest, handBack, recordVisit } from './performer.js';
import { listReceivedOffers, listResources } from './received.js';
import { getCaller } from './get-caller.js';
import { getCareRequest, getCareRequestByNumber } from './get-care-request.js';
import { listCareRequests } from './list-care-requests.js';
import { retrigger } from './retrigger.js';
import { runDueJobs } from './run-jobs.js';
import type { CareRequestsService } from './service.js';
import { triggerBatch } from './trigger-batch.js';

export type { CareRequestsDeps } from './deps.js';
export type { DocumentFile, DocumentInput } from './documents.js';
export { JOBS_BATCH_SIZE } from './run-jobs.js';
export { declineReasons } from './offer-answers.js';
export { LIST_PAGE_MAX, type CareRequestListFilter, type CareRequestPage } from './list-care-requests.js';
export type * from './list-query.js';
export type * from './ports.js';
export type { RetriggerInput } from './retrigger.js';
export type { CareRequestsService } from './service.js';
export type { BatchInput } from './trigger-batch.js';
export type * from './views.js';

/** Binds the care-requests use cases to their ports. */
export function createCareRequestsService(deps: CareRequestsDeps): CareRequestsService {
  // Concurrent accepts of one request on this instance share one trip to its row lock.
  const acceptGate = createAcceptGate();
  return {
    getCaller: (actor) => getCaller(deps, actor),
    triggerBatch: (actor, input) => triggerBatch(deps, actor, input),
    getCareRequest: (actor, id) => getCareRequest(deps, actor, id),
    getCareRequestByNumber: (actor, number) => getCareRequestByNumber(deps, actor, number),
    listCareRequests: (actor, filter) => listCareRequests(deps, actor, filter),
    retrigger: (actor, id, input) => retrigger(deps, actor, id, input),
    listReceivedOffers: (actor, careRequestId) => listReceivedOffers(deps, actor, careRequestId),
    acceptOffer: (actor, id) => acceptGate.accept(id, actor.userId, (report) => acceptOffer(deps, actor, id, report)),
    declineOffer: (actor, id, input) => declineOffer(deps, actor, id, input),
    cancelCareRequest: (actor, id, input) => cancelCareRequest(deps, actor, id, input),
    recordVisit: (actor, id) => recordVisit(deps, actor, id),
    completeCareRequest: (actor, id) => completeCareRequest(deps, actor, id),
    handBack: async (actor, id, input) => {
      const view = await handBack(deps, actor, id, input);
      // Dispatching again: this instance's accepts of it go to the database.
      acceptGate.forget(id);
      return view;
    },
    listResources: (actor, id) => listResources(deps, actor, id),
    addDocument: (actor, id, input) => addDocument(deps, actor, id, input),
    listDocuments: (actor, id) => listDocuments(deps, actor, id),
    readDocument: (actor, documentId) => readDocument(deps, actor, documentId),
    addComment: (actor, id, input) => addComment(deps, actor, id, input),
    readTimeline: (actor, id) => readTimeline(deps, actor, id),
    runDueJobs: () => runDueJobs(deps),
  };
}
