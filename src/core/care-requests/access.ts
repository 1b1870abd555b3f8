import type { Actor } from '../actor.js';

/** What the access rules need to know about one care request. */
export interface CareRequestAccessFacts {
  readonly requesterId: string;
  /** The requester's organisation when the request was made. */
  readonly organisationId: string | null;
  /** The networks (CPTS) the requester belongs to. */
  readonly requesterNetworkIds: readonly string[];
  readonly performerId: string | null;
  /** Platform accounts of the patient's usual professionals. */
  readonly usualProfessionalIds: readonly string[];
  /** The offers made to the user whose access is checked, in any round (the rules look at no one else's). */
  readonly offers: readonly { readonly userId: string; readonly phase: 'usual' | 'open' }[];
}

/** How much of a care request a user sees: everything, or the anonymised offer. */
export type CareRequestVisibility = 'full' | 'anonymised';

/**
 * True for those who run the request: the requester, the members of the
 * requester's organisation ("Mes fiches") and the supervisors of that
 * organisation or of one of the requester's networks ("Fiches supervisées").
 */
export function canManageCareRequest(actor: Actor, facts: CareRequestAccessFacts): boolean {
  if (actor.userId === facts.requesterId) return true;
  if (facts.organisationId !== null && actor.organisationId === facts.organisationId) return true;
  if (facts.organisationId !== null && actor.supervises.organisationIds.includes(facts.organisationId)) return true;
  return facts.requesterNetworkIds.some((id) => actor.supervises.networkIds.includes(id));
}

/**
 * What a user may see of a care request (DESIGN §2 Access): the full request
 * for those who manage it, the performer, the patient's usual professionals
 * and an offer made to the usual professional; the anonymised request for the
 * other offered professionals; nothing (null) for anyone else. Being an
 * administrator grants nothing.
 */
export function careRequestVisibility(actor: Actor, facts: CareRequestAccessFacts): CareRequestVisibility | null {
  if (canManageCareRequest(actor, facts)) return 'full';
  if (facts.performerId === actor.userId) return 'full';
  if (facts.usualProfessionalIds.includes(actor.userId)) return 'full';
  const offers = facts.offers.filter((offer) => offer.userId === actor.userId);
  if (offers.some((offer) => offer.phase === 'usual')) return 'full';
  return offers.length > 0 ? 'anonymised' : null;
}
