import type { Actor } from '../../core/actor.js';
import { loadCatalogue } from './catalogue.js';
import type { CareRequestsDeps } from './deps.js';
import { toSummary, totalOffers } from './present.js';
import type { CareRequestSummary } from './views.js';

/** Periods of "Mes fiches", in days ("14 DERNIERS JOURS" by default). */
export const careRequestPeriods = [1, 7, 14, 30, 90, 365] as const;
export type CareRequestPeriod = (typeof careRequestPeriods)[number];

const LIST_LIMIT = 200;
const LINES_PER_REQUEST = 3;

/** "Mes fiches": the requests made by the actor or their organisation, newest first, with their latest horodatage lines. */
export async function listCareRequests(deps: CareRequestsDeps, actor: Actor, filter: { days?: CareRequestPeriod | null }): Promise<CareRequestSummary[]> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - (filter.days ?? 14) * 86_400_000);
  return deps.transactor.run(async (stores) => {
    const requests = await stores.careRequests.listForRequester({ userId: actor.userId, organisationId: actor.organisationId }, since, LIST_LIMIT);
    const ids = requests.map((r) => r.id);
    const counts = await stores.rounds.offerCounts(ids);
    const timelines = await stores.timeline.latest(ids, LINES_PER_REQUEST);
    const tags = await stores.tags.ofRequests(ids);
    const catalogue = await loadCatalogue(stores.careActs);
    const summaries: CareRequestSummary[] = [];
    for (const request of requests) {
      const context = await stores.careRequests.context(request.id);
      if (!context) continue;
      const offerCount = totalOffers(counts, request.id);
      summaries.push(toSummary(request, { context, offerCount, timeline: timelines.get(request.id) ?? [], tags: tags.get(request.id) ?? [], visibility: 'full', viewerPractice: null, catalogue, now }));
    }
    const patientIds = [...new Set(requests.map((r) => r.patientId))];
    for (const patientId of patientIds) await stores.patients.logAccess({ patientId, userId: actor.userId, action: 'read' }, now);
    return summaries;
  });
}
