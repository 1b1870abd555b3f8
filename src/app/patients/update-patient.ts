import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { validatePatientInput, type PatientInput } from '../../core/patients/index.js';
import { assertVisible, readDetail } from './access.js';
import type { PatientsDeps } from './deps.js';
import type { PatientDetail } from './views.js';

/**
 * Replaces a patient's identity and address (same checks as the creation) and
 * logs the update, in one transaction. Throws `patients.not_found`,
 * `validation.failed`, `patients.nir_taken`.
 */
export async function updatePatient(deps: PatientsDeps, actor: Actor, id: string, input: PatientInput): Promise<PatientDetail> {
  const now = deps.clock.now();
  const draft = validatePatientInput(input, now);
  return deps.transactor.run(async (stores) => {
    await assertVisible(stores, actor, id);
    if (draft.nir !== null && (await stores.patients.nirTaken(draft.nir, id))) throw new AppError('patients.nir_taken');
    if (!(await stores.patients.update(id, draft, now))) throw new AppError('patients.not_found');
    await stores.accessLog.record([{ patientId: id, userId: actor.userId, action: 'update', what: 'identity' }], now);
    const patient = await stores.patients.get(id);
    if (!patient) throw new AppError('patients.not_found');
    return readDetail(stores, actor, patient, now);
  });
}
