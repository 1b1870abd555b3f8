import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { canSeePatient } from '../../core/patients/index.js';
import type { PatientRecord, PatientsStores } from './ports.js';
import { toDetail } from './present.js';
import type { PatientDetail } from './views.js';

/** History lines shown on the fiche patient. */
export const DETAIL_HISTORY_LIMIT = 100;

/**
 * Throws `patients.not_found` unless the actor may see the patient: the same
 * answer for a missing and a hidden patient, so existence does not leak.
 */
export async function assertVisible(stores: PatientsStores, actor: Actor, patientId: string): Promise<void> {
  const facts = await stores.patients.accessFacts(patientId);
  if (!facts || !canSeePatient(actor, facts)) throw new AppError('patients.not_found');
}

/** The patient row once its visibility is checked. */
export async function loadVisible(stores: PatientsStores, actor: Actor, patientId: string): Promise<PatientRecord> {
  await assertVisible(stores, actor, patientId);
  const patient = await stores.patients.get(patientId);
  if (!patient) throw new AppError('patients.not_found');
  return patient;
}

/** The fiche patient of an already loaded row, as the actor reads it. */
export async function readDetail(stores: PatientsStores, actor: Actor, patient: PatientRecord, now: Date): Promise<PatientDetail> {
  // One after the other: inside a transaction they share one connection.
  const followed = (await stores.followers.followedAmong(actor.userId, [patient.id])).has(patient.id);
  const events = await stores.events.latest([patient.id], DETAIL_HISTORY_LIMIT);
  const team = await stores.usualProfessionals.list(patient.id);
  return toDetail(patient, { followed, events, team }, actor.userId, now);
}
