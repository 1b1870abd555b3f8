import type { Actor } from '../../core/actor.js';
import { assertVisible } from './access.js';
import type { PatientsDeps } from './deps.js';

/** Removes the patient from the actor's file active (nothing happens when they did not follow). Throws `patients.not_found`. */
export async function unfollowPatient(deps: PatientsDeps, actor: Actor, id: string): Promise<void> {
  const now = deps.clock.now();
  await deps.transactor.run(async (stores) => {
    await assertVisible(stores, actor, id);
    await stores.followers.unfollow(id, actor.userId);
    await stores.accessLog.record([{ patientId: id, userId: actor.userId, action: 'update', what: 'followers' }], now);
  });
}
