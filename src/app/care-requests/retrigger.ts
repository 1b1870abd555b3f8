import type { Actor } from '../../core/actor.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { startRound } from './dispatch.js';
import { loadVisibleRequest, readCareRequest } from './read.js';
import type { CareRequestView } from './views.js';
import { publishChange } from './live-change.js';

export interface RetriggerInput {
  /** Élargir le rayon: km around the patient's home (1–200); null keeps each professional's own area. */
  readonly radiusKm?: number | null | undefined;
  /** Restreindre au réseau for this round (lifting it reaches every candidate). */
  readonly restrictToNetwork: boolean;
}

/**
 * "Déclencher de nouveau": round n+1 of an unanswered request, by the
 * requester's side, optionally with a wider radius or without the network
 * restriction. One transaction, the request row locked.
 */
export async function retrigger(deps: CareRequestsDeps, actor: Actor, id: string, input: RetriggerInput): Promise<{ careRequest: CareRequestView; offeredCount: number }> {
  const now = deps.clock.now();
  const radiusKm = input.radiusKm ?? null;
  if (radiusKm !== null && !(Number.isFinite(radiusKm) && radiusKm >= 1 && radiusKm <= 200)) throw invalidFields({ radiusKm: 'radius.widen_invalid' });
  return deps.transactor.run(async (stores) => {
    const { canManage } = await loadVisibleRequest(stores, actor, id);
    if (!canManage) throw new AppError('auth.forbidden');
    const locked = await stores.careRequests.lock(id);
    if (!locked) throw new AppError('care_requests.not_found');
    const status = nextStatus(locked.status, 'retrigger');
    await stores.careRequests.setStatus(id, { status }, now);
    const offeredCount = await startRound(stores, { ...locked, status }, {
      number: locked.roundCount + 1,
      startedBy: actor.userId,
      radiusKm,
      restrictToNetwork: input.restrictToNetwork,
      now,
      publicUrl: deps.publicUrl,
    });
    await publishChange(stores, id, [actor.userId]);
    return { careRequest: await readCareRequest(stores, actor, id, now), offeredCount };
  });
}
