import type { CareRequestsDeps, CareRequestsStores } from '../app/care-requests/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createCandidateFinder } from './db/stores/candidates.js';
import { createCareActStore } from './db/stores/care-acts.js';
import { createPatientLink, createUserLookup } from './db/stores/care-request-links.js';
import { createCareRequestStore } from './db/stores/care-requests.js';
import { createDocumentStore } from './db/stores/documents.js';
import { createOfferStore, createRoundStore, createVisitStore } from './db/stores/dispatch-rounds.js';
import { createJobStore } from './db/stores/jobs.js';
import { createLivePublisher } from './db/stores/live.js';
import { createNotificationStore, createRecipientDirectory } from './db/stores/notifications.js';
import { createTagStore } from './db/stores/tags.js';
import { createTimelineStore } from './db/stores/timeline.js';
import { createTransactor } from './db/transactor.js';

export const careRequestsStores = (db: Db): CareRequestsStores => {
  const catalogue = createCareActStore(db);
  return {
    careRequests: createCareRequestStore(db),
    rounds: createRoundStore(db),
    offers: createOfferStore(db),
    visits: createVisitStore(db),
    live: createLivePublisher(db),
    outbox: createNotificationStore(db),
    recipients: createRecipientDirectory(db),
    timeline: createTimelineStore(db),
    tags: createTagStore(db),
    documents: createDocumentStore(db),
    jobs: createJobStore(db),
    candidates: createCandidateFinder(db),
    patients: createPatientLink(db),
    users: createUserLookup(db),
    careActs: { list: () => catalogue.list({ includeInactive: true }) },
  };
};

/** Adapters behind the care-requests ports (compose adds the clock). */
export function createCareRequestsAdapters(config: Config, db: Db): Omit<CareRequestsDeps, 'clock'> {
  return { publicUrl: config.publicUrl, stores: careRequestsStores(db), transactor: createTransactor(db, careRequestsStores) };
}
