import type { CareRequestsDeps, CareRequestsStores } from '../app/care-requests/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createCandidateFinder } from './db/stores/candidates.js';
import { createCareActStore } from './db/stores/care-acts.js';
import { createPatientLink, createUserLookup } from './db/stores/care-request-links.js';
import { createCareRequestStore } from './db/stores/care-requests.js';
import { createOfferStore, createRoundStore } from './db/stores/dispatch-rounds.js';
import { createJobStore } from './db/stores/jobs.js';
import { createTimelineStore } from './db/stores/timeline.js';
import { createTransactor } from './db/transactor.js';

export const careRequestsStores = (db: Db): CareRequestsStores => {
  const catalogue = createCareActStore(db);
  return {
    careRequests: createCareRequestStore(db),
    rounds: createRoundStore(db),
    offers: createOfferStore(db),
    timeline: createTimelineStore(db),
    jobs: createJobStore(db),
    candidates: createCandidateFinder(db),
    patients: createPatientLink(db),
    users: createUserLookup(db),
    careActs: { list: () => catalogue.list({ includeInactive: true }) },
  };
};

/** Adapters behind the care-requests ports (compose adds the clock). */
export function createCareRequestsAdapters(_config: Config, db: Db): Omit<CareRequestsDeps, 'clock'> {
  return { stores: careRequestsStores(db), transactor: createTransactor(db, careRequestsStores) };
}
