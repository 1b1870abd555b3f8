import type { Actor } from '../../core/actor.js';
import type { UsualProfessionalRole } from '../../core/patients/index.js';
import { assertVisible } from './access.js';
import type { PatientsDeps } from './deps.js';
import { toUsualProfessional } from './present.js';
import type { UsualProfessional } from './views.js';

/** Removes the usual professional of a role (nothing happens when there is none). Throws `patients.not_found`. */
export async function removeUsualProfessional(deps: PatientsDeps, actor: Actor, patientId: string, role: UsualProfessionalRole): Promise<UsualProfessional[]> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    await assertVisible(stores, actor, patientId);
    await stores.usualProfessionals.remove(patientId, role);
    await stores.accessLog.record([{ patientId, userId: actor.userId, action: 'update', what: 'usual_professionals' }], now);
    return (await stores.usualProfessionals.list(patientId)).map(toUsualProfessional);
  });
}
