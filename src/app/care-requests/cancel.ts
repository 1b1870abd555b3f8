import type { Actor } from '../../core/actor.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { notifyCancelled } from './notify.js';
import { loadVisibleRequest, readCareRequest } from './read.js';
import { checkedReason } from './reason.js';
import type { CareRequestView } from './views.js';
import { publishChange } from './live-change.js';

/**
 * Annulation by the requester's side (requester, their organisation, a
 * supervisor) with a mandatory motif: "1er déclenchement annulé Motif : …".
 * Every professional holding an open offer, and the performer, is told at once.
 */
export async function cancelCareRequest(deps: CareRequestsDeps, actor: Actor, careRequestId: string, input: { reason: string }): Promise<CareRequestView> {
  const now = deps.clock.now();
  const reason = checkedReason(input.reason);
  return deps.transactor.run(async (stores) => {
    const { canManage } = await loadVisibleRequest(stores, actor, careRequestId);
    if (!canManage) throw new AppError('auth.forbidden');
    const request = await stores.careRequests.lock(careRequestId);
    if (!request) throw new AppError('care_requests.not_found');
    await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'cancel') }, now);
    await stores.timeline.append(request.id, [{ kind: 'cancelled', actorId: actor.userId, params: { round: Math.max(1, request.roundCount), reason }, at: now }]);
    const withdrawn = await stores.offers.withdrawOpen(request.id, now);
    await stores.live.publish({ type: 'withdrawn', careRequestId: request.id, userIds: [...withdrawn, ...(request.performerId ? [request.performerId] : [])] });
    await notifyCancelled(stores, { publicUrl: deps.publicUrl, now }, request, withdrawn);
    await publishChange(stores, request.id, [actor.userId]);
    return readCareRequest(stores, actor, request.id, now);
  });
}
