import type { Actor } from '../../core/actor.js';
import { parseKeyword } from '../../core/patients/index.js';
import type { PatientsDeps } from './deps.js';
import type { PatientEventRecord } from './ports.js';
import { toHistoryLine, toSummary } from './present.js';
import type { CaseloadPatient } from './views.js';

export const CASELOAD_LIMIT = 200;
/** History lines shown per patient in "Fiches patients". */
export const CASELOAD_HISTORY_LIMIT = 6;
/** The periods the page offers (14 DERNIERS JOURS…). */
export const caseloadPeriods = [14, 30, 90, 365] as const;
export type CaseloadPeriod = (typeof caseloadPeriods)[number];

const DAY_MS = 86_400_000;

/**
 * File active patientèle: the patients the actor follows, latest activity
 * first, each with its latest history lines. `q` (MOT-CLÉ) matches names, the
 * city or postcode, a phone number or a care request number; `days` keeps the
 * patients with activity in that period. Each listed patient is logged as read.
 */
export async function listCaseload(deps: PatientsDeps, actor: Actor, filter: { q?: string | null; days?: CaseloadPeriod | null }): Promise<CaseloadPatient[]> {
  const now = deps.clock.now();
  const since = filter.days ? new Date(now.getTime() - filter.days * DAY_MS) : null;
  return deps.transactor.run(async (stores) => {
    const rows = await stores.patients.caseload(actor.userId, { keyword: parseKeyword(filter.q), since, limit: CASELOAD_LIMIT });
    const ids = rows.map((r) => r.patient.id);
    const events = ids.length === 0 ? [] : await stores.events.latest(ids, CASELOAD_HISTORY_LIMIT);
    const byPatient = new Map<string, PatientEventRecord[]>();
    for (const event of events) byPatient.set(event.patientId, [...(byPatient.get(event.patientId) ?? []), event]);
    await stores.accessLog.record(
      ids.map((patientId) => ({ patientId, userId: actor.userId, action: 'read', what: 'caseload' })),
      now,
    );
    return rows.map(({ patient, lastActivityAt }) => ({
      ...toSummary(patient, true, now),
      lastActivityAt: lastActivityAt.toISOString(),
      history: (byPatient.get(patient.id) ?? []).map((event) => toHistoryLine(event, actor.userId)),
    }));
  });
}
