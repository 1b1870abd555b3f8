/** A professional who may be offered a request, with their distance to the patient (null when unknown or irrelevant). */
export interface DispatchCandidate {
  readonly userId: string;
  readonly distanceKm: number | null;
}

/** One offer of a round: to the usual professional alone, or open to every candidate. */
export interface PlannedOffer extends DispatchCandidate {
  readonly phase: 'usual' | 'open';
}

/** Who a round offers the request to. */
export interface RoundPlan {
  /** True when the round starts with the patient's usual professional alone. */
  readonly usualFirst: boolean;
  readonly offers: PlannedOffer[];
}

const MINUTE_MS = 60_000;

/** When a round started at `startedAt` expires unanswered. */
export function deadlineAt(startedAt: Date, responseDeadlineMinutes: number): Date {
  return new Date(startedAt.getTime() + responseDeadlineMinutes * MINUTE_MS);
}

/** When a round offered to the usual professional alone widens to every candidate: half the response deadline. */
export function widenAt(startedAt: Date, responseDeadlineMinutes: number): Date {
  return new Date(startedAt.getTime() + (responseDeadlineMinutes * MINUTE_MS) / 2);
}

/** `candidates` minus the requester and the ids in `excluded`, each once, in order, as open offers. */
function openOffers(candidates: readonly DispatchCandidate[], excluded: ReadonlySet<string>, requesterId: string): PlannedOffer[] {
  const seen = new Set(excluded);
  seen.add(requesterId);
  const offers: PlannedOffer[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.userId)) continue;
    seen.add(candidate.userId);
    offers.push({ userId: candidate.userId, distanceKm: candidate.distanceKm, phase: 'open' });
  }
  return offers;
}

/**
 * The offers of a new round. The patient's usual professional of the
 * profession, when given and not the requester, is offered the request alone
 * (phase `usual`); otherwise every candidate is (phase `open`), once each, in
 * the given order. The requester is never offered their own request.
 */
export function planRound(input: {
  readonly requesterId: string;
  readonly usual: DispatchCandidate | null;
  readonly candidates: readonly DispatchCandidate[];
}): RoundPlan {
  const { requesterId, usual, candidates } = input;
  if (usual !== null && usual.userId !== requesterId) {
    return { usualFirst: true, offers: [{ userId: usual.userId, distanceKm: usual.distanceKm, phase: 'usual' }] };
  }
  return { usualFirst: false, offers: openOffers(candidates, new Set(), requesterId) };
}

/** The open offers added when a round widens: the candidates not offered yet, never the requester, once each, in order. */
export function widenOffers(candidates: readonly DispatchCandidate[], alreadyOffered: ReadonlySet<string>, requesterId: string): PlannedOffer[] {
  return openOffers(candidates, alreadyOffered, requesterId);
}
