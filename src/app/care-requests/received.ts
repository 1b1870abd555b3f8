import type { Actor } from '../../core/actor.js';
import { careRequestVisibility } from '../../core/care-requests/access.js';
import { AppError } from '../../core/errors.js';
import { loadCatalogue } from './catalogue.js';
import type { CareRequestsDeps } from './deps.js';
import { toSummary, totalOffers } from './present.js';
import { loadVisibleRequest, toMyOffer } from './read.js';
import type { ReceivedOffer, ResourceView } from './views.js';

const RECEIVED_DAYS = 14;
const RECEIVED_LIMIT = 100;

/**
 * "Demandes reçues": the actor's offers of the last 14 days, newest first, each as the actor may see its request;
 * with `careRequestId`, only the lines of that request (what a page refreshes on a live event about it, instead
 * of the whole list: none when the actor holds no offer of it).
 */
export async function listReceivedOffers(deps: CareRequestsDeps, actor: Actor, careRequestId?: string): Promise<ReceivedOffer[]> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - RECEIVED_DAYS * 86_400_000);
  return deps.transactor.run(async (stores) => {
    const offers =
      careRequestId === undefined
        ? await stores.offers.received(actor.userId, since, RECEIVED_LIMIT)
        : (await stores.offers.ofUser(careRequestId, actor.userId)).filter((offer) => offer.offeredAt >= since);
    const catalogue = await loadCatalogue(stores.careActs);
    const viewerPractice = await stores.users.practice(actor.userId);
    const ids = [...new Set(offers.map((offer) => offer.careRequestId))];
    const counts = await stores.rounds.offerCounts(ids);
    const timelines = await stores.timeline.latest(ids, 3);
    const tags = await stores.tags.ofRequests(ids);
    const requests = await stores.careRequests.withAccessFacts(ids, actor.userId);
    const contexts = await stores.careRequests.contexts(ids);
    const lines: ReceivedOffer[] = [];
    // Lines shown in full (to the usual professional, the performer) show the patient: those reads are traced.
    const patientsRead = new Set<string>();
    for (const offer of offers) {
      const found = requests.get(offer.careRequestId);
      const visibility = found ? careRequestVisibility(actor, found.access) : null;
      const context = contexts.get(offer.careRequestId);
      if (!found || !visibility || !context) continue;
      const request = found.record;
      const offerCount = totalOffers(counts, request.id);
      const careRequest = toSummary(request, { context, offerCount, timeline: timelines.get(request.id) ?? [], tags: tags.get(request.id) ?? [], visibility, viewerPractice, catalogue, now });
      lines.push({ offer: toMyOffer(offer), careRequest });
      if (visibility === 'full') patientsRead.add(request.patientId);
    }
    await stores.patients.logReads([...patientsRead], actor.userId, now);
    return lines;
  });
}

/** "Cliquez ici pour voir les ressources déclenchées": who was notified, when, how, whether they saw it, their answer. */
export async function listResources(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<ResourceView[]> {
  return deps.transactor.run(async (stores) => {
    const { canManage } = await loadVisibleRequest(stores, actor, careRequestId);
    if (!canManage) throw new AppError('auth.forbidden');
    const resources = await stores.offers.resources(careRequestId);
    return resources.map((r) => ({
      round: r.roundNumber,
      professional: r.user,
      phase: r.phase,
      distanceKm: r.distanceKm === null ? null : Math.round(r.distanceKm * 10) / 10,
      offeredAt: r.offeredAt.toISOString(),
      channels: r.channels.map((c) => ({ channel: c.channel, status: c.status, at: c.at?.toISOString() ?? null })),
      seenAt: r.seenAt?.toISOString() ?? null,
      response: r.response,
      respondedAt: r.respondedAt?.toISOString() ?? null,
      declineReason: r.declineReason,
      declineComment: r.declineComment,
    }));
  });
}
