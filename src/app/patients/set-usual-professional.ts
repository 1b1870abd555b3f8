import type { Actor } from '../../core/actor.js';
import type { UsualProfessionalRole } from '../../core/patients/index.js';
import { assertVisible } from './access.js';
import type { PatientsDeps } from './deps.js';
import { toUsualProfessional } from './present.js';
import { resolveProfessional, type UsualProfessionalPick } from './resolve-professional.js';
import type { UsualProfessional } from './views.js';

/**
 * Sets the patient's usual professional for a role (médecin traitant,
 * infirmier…), replacing the previous one, and logs the update. Throws
 * `patients.not_found` and the errors of `resolveProfessional`.
 */
export async function setUsualProfessional(
  deps: PatientsDeps,
  actor: Actor,
  patientId: string,
  role: UsualProfessionalRole,
  pick: UsualProfessionalPick,
): Promise<UsualProfessional[]> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    await assertVisible(stores, actor, patientId);
    const professional = await resolveProfessional(stores.professionals, role, pick);
    await stores.usualProfessionals.put(patientId, professional, actor.userId, now);
    await stores.accessLog.record([{ patientId, userId: actor.userId, action: 'update', what: 'usual_professionals' }], now);
    return (await stores.usualProfessionals.list(patientId)).map(toUsualProfessional);
  });
}
