import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { canSeePatient, matchesIdentity, normalizeSearchCriteria, type PatientSearchInput } from '../../core/patients/index.js';
import { readDetail } from './access.js';
import type { PatientsDeps } from './deps.js';
import type { PatientDetail } from './views.js';

/**
 * "Patient pour Moi": adds the patient to the actor's file active, with a
 * history line the first time. Allowed when the actor can see the patient, or
 * when `identity` (phone, names, birth date) matches the patient exactly — the
 * duplicate found by the search. Otherwise `patients.not_found`.
 */
export async function followPatient(deps: PatientsDeps, actor: Actor, id: string, identity: PatientSearchInput | null): Promise<PatientDetail> {
  const criteria = identity ? normalizeSearchCriteria(identity) : null;
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const facts = await stores.patients.accessFacts(id);
    const patient = facts ? await stores.patients.get(id) : null;
    if (!facts || !patient) throw new AppError('patients.not_found');
    const allowed = canSeePatient(actor, facts) || (criteria !== null && matchesIdentity(patient, criteria));
    if (!allowed) throw new AppError('patients.not_found');
    if (await stores.followers.follow(id, actor.userId, now)) {
      await stores.events.add([{ patientId: id, kind: 'followed', userId: actor.userId, at: now }]);
    }
    await stores.accessLog.record([{ patientId: id, userId: actor.userId, action: 'update', what: 'followers' }], now);
    return readDetail(stores, actor, patient, now);
  });
}
