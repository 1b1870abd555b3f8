import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { validatePatientInput, type PatientInput } from '../../core/patients/index.js';
import { readDetail } from './access.js';
import type { PatientsDeps } from './deps.js';
import type { PatientDetail } from './views.js';

/**
 * Registers a patient ("Ce patient n'est pas enregistré"), in one transaction:
 * the row (owned by the actor and their organisation), the actor as follower,
 * the history lines "Créé par …" and "Patient pour Moi", and the access log.
 * Throws `validation.failed` (French field codes) and `patients.nir_taken` (409).
 */
export async function createPatient(deps: PatientsDeps, actor: Actor, input: PatientInput): Promise<PatientDetail> {
  const now = deps.clock.now();
  const draft = validatePatientInput(input, now);
  return deps.transactor.run(async (stores) => {
    if (draft.nir !== null && (await stores.patients.nirTaken(draft.nir, null))) throw new AppError('patients.nir_taken');
    const id = await stores.patients.insert(draft, { createdBy: actor.userId, organisationId: actor.organisationId }, now);
    await stores.followers.follow(id, actor.userId, now);
    await stores.events.add([
      { patientId: id, kind: 'created', userId: actor.userId, at: now },
      { patientId: id, kind: 'followed', userId: actor.userId, at: now },
    ]);
    await stores.accessLog.record([{ patientId: id, userId: actor.userId, action: 'create', what: 'identity' }], now);
    const patient = await stores.patients.get(id);
    if (!patient) throw new AppError('internal');
    return readDetail(stores, actor, patient, now);
  });
}
