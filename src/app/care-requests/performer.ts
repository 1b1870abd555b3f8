import type { Actor } from '../../core/actor.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import type { CareRequestCommand } from '../../core/care-requests/types.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { startRound } from './dispatch.js';
import { loadVisibleRequest, readCareRequest } from './read.js';
import { checkedReason } from './reason.js';
import type { CareRequestRecord, CareRequestsStores } from './ports.js';
import type { CareRequestView } from './views.js';
import { publishChange } from './live-change.js';

/** Runs a performer's command on the locked request: only the performer may. */
async function asPerformer(
  deps: CareRequestsDeps,
  actor: Actor,
  careRequestId: string,
  command: CareRequestCommand,
  work: (stores: CareRequestsStores, request: CareRequestRecord, now: Date) => Promise<void>,
): Promise<CareRequestView> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    await loadVisibleRequest(stores, actor, careRequestId);
    const request = await stores.careRequests.lock(careRequestId);
    if (!request) throw new AppError('care_requests.not_found');
    if (request.performerId !== actor.userId) throw new AppError('auth.forbidden');
    nextStatus(request.status, command);
    await work(stores, request, now);
    await publishChange(stores, request.id, [actor.userId]);
    return readCareRequest(stores, actor, request.id, now);
  });
}

/** "1er passage", "2e passage"…: a visit recorded by the performer; the first one starts the prise en charge. */
export function recordVisit(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<CareRequestView> {
  return asPerformer(deps, actor, careRequestId, 'record_visit', async (stores, request, now) => {
    const number = (await stores.visits.count(request.id)) + 1;
    await stores.visits.insert({ careRequestId: request.id, performerId: actor.userId, number, at: now });
    await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'record_visit') }, now);
    await stores.timeline.append(request.id, [{ kind: 'visit', actorId: actor.userId, params: { visit: number }, at: now }]);
  });
}

/** The performer closes the prise en charge. */
export function completeCareRequest(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<CareRequestView> {
  return asPerformer(deps, actor, careRequestId, 'complete', async (stores, request, now) => {
    await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'complete') }, now);
    await stores.timeline.append(request.id, [{ kind: 'completed', actorId: actor.userId, at: now }]);
  });
}

/**
 * A performer who can no longer do it hands the request back, with a reason:
 * it is dispatched again at once (next round), without them.
 */
export function handBack(deps: CareRequestsDeps, actor: Actor, careRequestId: string, input: { reason: string }): Promise<CareRequestView> {
  const reason = checkedReason(input.reason);
  return asPerformer(deps, actor, careRequestId, 'hand_back', async (stores, request, now) => {
    const status = nextStatus(request.status, 'hand_back');
    await stores.careRequests.setStatus(request.id, { status, performerId: null, acceptedAt: null }, now);
    await stores.timeline.append(request.id, [{ kind: 'handed_back', actorId: actor.userId, params: { reason }, at: now }]);
    const lastRound = (await stores.rounds.list(request.id)).at(-1);
    await startRound(stores, { ...request, status, performerId: null }, {
      number: request.roundCount + 1,
      startedBy: actor.userId,
      radiusKm: lastRound?.radiusKm ?? null,
      restrictToNetwork: lastRound?.restrictToNetwork ?? request.restrictToNetwork,
      now,
      excludeUserIds: [actor.userId],
      publicUrl: deps.publicUrl,
    });
  });
}
