import type { Actor } from '../../core/actor.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import type { Taken } from './accept-gate.js';
import type { CareRequestRecord, CareRequestsStores, DeclineReason, OfferState } from './ports.js';
import { jobKinds } from './dispatch.js';
import { notifyAccepted, notifyTaken, type NotifyContext } from './notify.js';
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

/** Who took the request, when someone other than the actor did. */
function otherPerformer(request: CareRequestRecord, actor: Actor): string | null {
  return request.status !== 'dispatching' && request.performerId !== actor.userId ? request.performerId : null;
}

/** The request is another's: "déjà pris en charge" to whoever holds an offer of it, 404 to anyone else. */
async function refuseTaken(stores: CareRequestsStores, careRequestId: string, performerId: string, actor: Actor, report: (taken: Taken) => void): Promise<never> {
  const holders = new Set(await stores.offers.holders(careRequestId));
  report({ performerId, holders });
  throw new AppError(holders.has(actor.userId) ? 'care_requests.already_taken' : 'care_requests.not_found');
}

/**
 * Acceptation: the first acceptance wins. The request row is locked, so of
 * concurrent accepts (on any instance) one finds the request still
 * dispatching and takes it; the others get `care_requests.already_taken`
 * ("déjà pris en charge"). Every other open offer is withdrawn and its holder
 * told at once; the requester sees "acceptation par …". Once committed, or when
 * the request was found taken, `report` is told who took it and who held offers
 * of it (for the accepts waiting on this one, see accept-gate.ts). The winner's
 * view of the fiche is read after COMMIT, in a transaction of its own, so that
 * neither the row lock nor the waiting accepts wait for it (if that read fails,
 * the acceptance stands: a second click answers the view).
 */
export async function acceptOffer(
  deps: CareRequestsDeps,
  actor: Actor,
  careRequestId: string,
  report: (taken: Taken) => void = () => undefined,
): Promise<CareRequestView> {
  const now = deps.clock.now();
  const accepted = await deps.transactor.run(async (stores): Promise<{ withdrawn: readonly string[] } | { view: CareRequestView }> => {
    // Once the request is taken, late clicks are answered without queueing on its lock.
    const seen = await stores.careRequests.get(careRequestId);
    const takenBy = seen && otherPerformer(seen, actor);
    if (takenBy) return refuseTaken(stores, careRequestId, takenBy, actor, report);
    const request = await stores.careRequests.lock(careRequestId);
    if (!request) throw new AppError('care_requests.not_found');
    const lockedBy = otherPerformer(request, actor);
    if (lockedBy) return refuseTaken(stores, careRequestId, lockedBy, actor, report);
    const offers = await stores.offers.ofUser(careRequestId, actor.userId);
    if (offers.length === 0) throw new AppError('care_requests.not_found');
    // A second click of the winner changes nothing.
    if (request.performerId === actor.userId) return { view: await readCareRequest(stores, actor, request.id, now) };
    const offer = offers.find((o) => o.response === null);
    if (request.status !== 'dispatching' || !offer) throw new AppError('care_requests.offer_closed');
    await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'accept'), performerId: actor.userId, acceptedAt: now }, now);
    await stores.offers.respond(offer, { response: 'accepted' }, now);
    const others = await stores.offers.withdrawOpen(request.id, now);
    await stores.timeline.append(request.id, [{ kind: 'accepted', actorId: actor.userId, at: now }]);
    await stores.live.publish({ type: 'taken', careRequestId: request.id, userIds: others });
    // Up to 2 000 pushes "déjà pris en charge": written by a job, as the offers were (ADR 0008).
    if (others.length > 0) {
      await stores.jobs.schedule({ kind: jobKinds.notifyTaken, key: `notify-taken:${request.id}:${now.getTime()}`, payload: { careRequestId: request.id, at: now.toISOString() }, runAt: now });
    }
    const ctx = { publicUrl: deps.publicUrl, now };
    const performer = await stores.users.caller(actor.userId);
    if (performer) await notifyAccepted(stores, ctx, request, performer);
    await publishChange(stores, request.id, [actor.userId]);
    return { withdrawn: others };
  });
  if ('view' in accepted) return accepted.view;
  // Committed: the others who held an open offer were just withdrawn.
  report({ performerId: actor.userId, holders: new Set([actor.userId, ...accepted.withdrawn]) });
  return deps.transactor.run((stores) => readCareRequest(stores, actor, careRequestId, now));
}

/** The job of an acceptance: "déjà pris en charge" by push to those whose offer it withdrew. */
export async function sendTakenMessages(stores: CareRequestsStores, careRequestId: string, at: Date, ctx: NotifyContext): Promise<void> {
  const request = await stores.careRequests.get(careRequestId);
  if (!request) return;
  await notifyTaken(stores, ctx, request, await stores.offers.withdrawnAt(careRequestId, at));
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
    await stores.offers.respond(offer, { response: 'declined', declineReason: reason, declineComment: comment === '' ? null : comment }, now);
    await publishChange(stores, request.id);
    return readCareRequest(stores, actor, request.id, now);
  });
}
