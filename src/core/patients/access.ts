import type { Actor } from '../actor.js';

/** What the access rule needs to know about one patient. */
export interface PatientAccessFacts {
  readonly createdBy: string | null;
  /** The creator's organisation when the patient was created. */
  readonly organisationId: string | null;
  /** The creator's organisation today (they may have moved since). */
  readonly creatorOrganisationId: string | null;
  readonly followerIds: readonly string[];
}

/**
 * A patient is visible to its creator, to its followers ("Patient pour Moi")
 * and to the members of the patient's organisation or of the creator's current
 * organisation. Being an administrator grants nothing: admins manage accounts,
 * not patient data.
 */
export function canSeePatient(actor: Actor, patient: PatientAccessFacts): boolean {
  if (patient.createdBy !== null && patient.createdBy === actor.userId) return true;
  if (patient.followerIds.includes(actor.userId)) return true;
  const organisationId = actor.organisationId;
  if (organisationId === null) return false;
  return patient.organisationId === organisationId || patient.creatorOrganisationId === organisationId;
}
