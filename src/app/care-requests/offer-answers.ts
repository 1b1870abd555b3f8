import type { Actor } from '../../core/actor.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import type { CareRequestsStores, DeclineReason, OfferState } from './ports.js';
import { notifyAccepted, notifyTaken } from './notify.js';
import { readCareRequest } from './read.js';
import type { CareRequestView } from './views.js';
import { publishChange } from './live-change.js';

export const declineReasons: readonly DeclineReason[] = ['hors_zone', 'indisponible', 'soin_non_pratique', 'autre'];
const COMMENT_MAX = 500;

/** The actor's unanswered offer of the request's current round, or the reason there is none. */
async function openOffer(stores: CareRequestsStores, actor: Actor, careRequestId: string): Promise<OfferState> {
  const offers = await stores.offers.ofUser(careRequestId, actor.userId);
  if (offers.length === 0) throw new AppError('care_requests.not_found');
  const open = offers.find((offer) => offer.response === null);
  if (!open) throw new AppError('care_requests.offer_closed');
  return open;
}

/**
 * Acceptation: the first acceptance wins. The request row is locked, so of
 * concurrent accepts (on any instance) one finds the request still
 * dispatching and takes it; the others get `care_requests.already_taken`
 * ("déjà pris en charge"). Every other open offer is withdrawn and its holder
 * told at once; the requester sees "acceptation par …".
 */
export async function acceptOffer(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<CareRequestView> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    // Once the request is taken, late clicks are answered without queueing on its lock.
    const seen = await stores.careRequests.get(careRequestId);
    if (seen && seen.status !== 'dispatching' && seen.performerId !== null && seen.performerId !== actor.userId) {
      if ((await stores.offers.ofUser(careRequestId, actor.userId)).length === 0) throw new AppError('care_requests.not_found');
      throw new AppError('care_requests.already_taken');
    }
    const request = await stores.careRequests.lock(careRequestId);
    if (!request) throw new AppError('care_requests.not_found');
    const offers = await stores.offers.ofUser(careRequestId, actor.userId);
    if (offers.length === 0) throw new AppError('care_requests.not_found');
    // A second click of the winner changes nothing.
    if (request.performerId === actor.userId) return readCareRequest(stores, actor, request.id, now);
    if (request.status !== 'dispatching') {
      throw new AppError(request.performerId !== null && request.performerId !== actor.userId ? 'care_requests.already_taken' : 'care_requests.offer_closed');
    }
    const offer = await openOffer(stores, actor, careRequestId);
    await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'accept'), performerId: actor.userId, acceptedAt: now }, now);
    await stores.offers.respond(offer.id, { response: 'accepted' }, now);
    const others = await stores.offers.withdrawOpen(request.id, now);
    await stores.timeline.append(request.id, [{ kind: 'accepted', actorId: actor.userId, at: now }]);
    await stores.live.publish({ type: 'taken', careRequestId: request.id, userIds: others });
    const ctx = { publicUrl: deps.publicUrl, now };
    await notifyTaken(stores, ctx, request, others);
    const performer = await stores.users.caller(actor.userId);
    if (performer) await notifyAccepted(stores, ctx, request, performer);
    await publishChange(stores, request.id, [actor.userId]);
    return readCareRequest(stores, actor, request.id, now);
  });
}

/** Décliner, with a reason (hors zone, indisponible, soin non pratiqué, autre + text). */
export async function declineOffer(
  deps: CareRequestsDeps,
  actor: Actor,
  careRequestId: string,
  input: { reason: string; comment?: string | null | undefined },
): Promise<CareRequestView> {
  const now = deps.clock.now();
  const reason = declineReasons.find((r) => r === input.reason);
  const comment = input.comment?.trim() ?? '';
  if (!reason) throw invalidFields({ reason: 'decline_reason.invalid' });
  if (reason === 'autre' && comment === '') throw invalidFields({ comment: 'reason.required' });
  if (comment.length > COMMENT_MAX) throw invalidFields({ comment: 'reason.too_long' });
  return deps.transactor.run(async (stores) => {
    const request = await stores.careRequests.lock(careRequestId);
    if (!request) throw new AppError('care_requests.not_found');
    const offer = await openOffer(stores, actor, careRequestId);
    await stores.offers.respond(offer.id, { response: 'declined', declineReason: reason, declineComment: comment === '' ? null : comment }, now);
    await publishChange(stores, request.id);
    return readCareRequest(stores, actor, request.id, now);
  });
}
