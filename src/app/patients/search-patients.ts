import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { isCompleteIdentity, normalizeSearchCriteria, type PatientSearchInput } from '../../core/patients/index.js';
import type { PatientsDeps } from './deps.js';
import type { PatientRecord } from './ports.js';
import { toSummary } from './present.js';
import type { PatientSummary } from './views.js';

export const PATIENT_SEARCH_LIMIT = 20;

/**
 * Recherche patient: the patients the actor can see whose names start with the
 * typed names (accent- and case-insensitive), with this phone and birth date —
 * at least one criterion (`patients.search_empty`). When all four are typed, a
 * patient the actor cannot see but who matches them exactly is listed too
 * (`followed: false`): the caller already knows that identity, and seeing it
 * avoids registering a duplicate. Each listed patient is logged as read.
 */
export async function searchPatients(deps: PatientsDeps, actor: Actor, input: PatientSearchInput): Promise<PatientSummary[]> {
  const criteria = normalizeSearchCriteria(input);
  if (Object.values(criteria).every((value) => value === null)) throw new AppError('patients.search_empty');
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const viewer = { userId: actor.userId, organisationId: actor.organisationId };
    const visible = await stores.patients.searchVisible(criteria, viewer, PATIENT_SEARCH_LIMIT);
    const hidden: PatientRecord[] = [];
    if (isCompleteIdentity(criteria)) {
      const known = new Set(visible.map((p) => p.id));
      hidden.push(...(await stores.patients.findExact(criteria)).filter((p) => !known.has(p.id)));
    }
    // The exact matches first: they are the duplicates the caller is about to create.
    const matches = [...hidden, ...visible].slice(0, PATIENT_SEARCH_LIMIT);
    const followed = await stores.followers.followedAmong(actor.userId, matches.map((p) => p.id));
    await stores.accessLog.record(
      matches.map((p) => ({ patientId: p.id, userId: actor.userId, action: 'read', what: 'search' })),
      now,
    );
    return matches.map((p) => toSummary(p, followed.has(p.id), now));
  });
}
