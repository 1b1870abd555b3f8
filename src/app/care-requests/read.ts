import type { Actor } from '../../core/actor.js';
import { canManageCareRequest, careRequestVisibility, type CareRequestVisibility } from '../../core/care-requests/access.js';
import { AppError } from '../../core/errors.js';
import { loadCatalogue } from './catalogue.js';
import { isOpenStatus } from '../../core/care-requests/lifecycle.js';
import type { CareRequestRecord, CareRequestsStores, OfferState } from './ports.js';
import { toSummary, totalOffers } from './present.js';
import type { CareRequestView, MyOffer } from './views.js';

/** The request once the actor's right to see it is checked: the same 404 for a missing and a hidden request. */
export async function loadVisibleRequest(
  stores: CareRequestsStores,
  actor: Actor,
  id: string,
): Promise<{ request: CareRequestRecord; visibility: CareRequestVisibility; canManage: boolean }> {
  const found = (await stores.careRequests.withAccessFacts([id], actor.userId)).get(id);
  const visibility = found ? careRequestVisibility(actor, found.access) : null;
  if (!found || !visibility) throw new AppError('care_requests.not_found');
  return { request: found.record, visibility, canManage: canManageCareRequest(actor, found.access) };
}

/** The fiche of a care request as the actor may read it; the patient read is logged. */
export async function readCareRequest(stores: CareRequestsStores, actor: Actor, id: string, now: Date): Promise<CareRequestView> {
  const { request, visibility, canManage } = await loadVisibleRequest(stores, actor, id);
  const context = await stores.careRequests.context(request.id);
  if (!context) throw new AppError('care_requests.not_found');
  const rounds = await stores.rounds.list(request.id);
  const allCounts = await stores.rounds.offerCounts([request.id]);
  const counts = allCounts.get(request.id) ?? new Map<number, number>();
  const timeline = (await stores.timeline.latest([request.id], 500)).get(request.id) ?? [];
  const tags = (await stores.tags.ofRequests([request.id])).get(request.id) ?? [];
  const catalogue = await loadCatalogue(stores.careActs);
  const viewerPractice = visibility === 'anonymised' ? await stores.users.practice(actor.userId) : null;
  await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'read' }, now);
  const offerCount = totalOffers(allCounts, request.id);
  const mine = (await stores.offers.ofUser(request.id, actor.userId))[0] ?? null;
  // Opening the fiche is seeing the offer (Ressources déclenchées: "vue").
  if (mine && mine.seenAt === null) await stores.offers.markSeen(request.id, actor.userId, now);
  const myOffer = mine ? toMyOffer({ ...mine, seenAt: mine.seenAt ?? now }) : null;
  const offerOpen = request.status === 'dispatching' && mine !== null && mine.response === null;
  const performing = request.performerId === actor.userId && (request.status === 'accepted' || request.status === 'in_progress');
  return {
    ...toSummary(request, { context, offerCount, timeline, tags, visibility, viewerPractice, catalogue, now }),
    rounds: rounds.map((round) => ({
      number: round.number,
      startedAt: round.startedAt.toISOString(),
      deadlineAt: round.deadlineAt.toISOString(),
      widenedAt: round.widenedAt?.toISOString() ?? null,
      radiusKm: round.radiusKm,
      restrictToNetwork: round.restrictToNetwork,
      usualFirst: round.usualFirst,
      offerCount: counts.get(round.number) ?? 0,
    })),
    myOffer,
    visits: { done: await stores.visits.count(request.id), planned: request.days * request.visitsPerDay },
    can: {
      retrigger: canManage && request.status === 'unanswered',
      accept: offerOpen,
      decline: offerOpen,
      cancel: canManage && isOpenStatus(request.status),
      recordVisit: performing,
      complete: performing,
      handBack: performing,
      seeResources: canManage,
      comment: canManage || request.performerId === actor.userId,
      addDocument: canManage || request.performerId === actor.userId,
    },
  };
}

export function toMyOffer(offer: OfferState): MyOffer {
  return {
    phase: offer.phase,
    offeredAt: offer.offeredAt.toISOString(),
    seenAt: offer.seenAt?.toISOString() ?? null,
    response: offer.response,
    declineReason: offer.declineReason,
  };
}
