import type { Actor } from '../../core/actor.js';
import { loadVisible, readDetail } from './access.js';
import type { PatientsDeps } from './deps.js';
import type { PatientDetail } from './views.js';

/** The fiche patient (identity, address, usual professionals, history); logged as a read. Throws `patients.not_found`. */
export async function getPatient(deps: PatientsDeps, actor: Actor, id: string): Promise<PatientDetail> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const patient = await loadVisible(stores, actor, id);
    await stores.accessLog.record([{ patientId: id, userId: actor.userId, action: 'read', what: 'identity' }], now);
    return readDetail(stores, actor, patient, now);
  });
}
