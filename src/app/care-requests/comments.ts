import type { Actor } from '../../core/actor.js';
import { checkedComment } from '../../core/care-requests/comment.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { publishChange } from './live-change.js';
import { loadVisibleRequest, readCareRequest } from './read.js';
import { visibleTimeline } from './present.js';
import type { CareRequestView, TimelineLine } from './views.js';

/**
 * "Ajouter un commentaire / un tag": shared between the requester's side (requester, organisation,
 * supervisors) and the performer, in the horodatage as "(NOM Prénom - profession) : commentaire".
 * The tag, when given, is added to the fiche (a filter of the dashboard). Everyone who follows
 * the fiche sees it live.
 */
export async function addComment(
  deps: CareRequestsDeps,
  actor: Actor,
  careRequestId: string,
  input: { text?: string | null; tag?: string | null },
): Promise<CareRequestView> {
  const now = deps.clock.now();
  const comment = checkedComment(input);
  return deps.transactor.run(async (stores) => {
    const { request, canManage } = await loadVisibleRequest(stores, actor, careRequestId);
    if (!canManage && request.performerId !== actor.userId) throw new AppError('auth.forbidden');
    const params: Record<string, string> = comment.tag === null ? { text: comment.text } : { text: comment.text, tag: comment.tag };
    await stores.timeline.append(request.id, [{ kind: 'comment', actorId: actor.userId, params, at: now }]);
    if (comment.tag !== null) await stores.tags.add(request.id, comment.tag, actor.userId, now);
    await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'update', what: 'comment' }, now);
    await publishChange(stores, request.id, [actor.userId]);
    return readCareRequest(stores, actor, request.id, now);
  });
}

/** The whole horodatage of a fiche, newest first, as the actor may read it (no comments nor documents in the anonymised view). */
export async function readTimeline(deps: CareRequestsDeps, actor: Actor, careRequestId: string): Promise<TimelineLine[]> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const { request, visibility } = await loadVisibleRequest(stores, actor, careRequestId);
    const events = (await stores.timeline.latest([request.id])).get(request.id) ?? [];
    await stores.patients.logAccess({ patientId: request.patientId, userId: actor.userId, action: 'read' }, now);
    return visibleTimeline(events, visibility);
  });
}
