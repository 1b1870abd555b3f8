import { exportAccessReport, findPatientsForAccessReport, getAccessReport } from './access-report.js';
import { listCaseload } from './caseload.js';
import { createPatient } from './create-patient.js';
import type { PatientsDeps } from './deps.js';
import { followPatient } from './follow-patient.js';
import { getPatient } from './get-patient.js';
import { removeUsualProfessional } from './remove-usual-professional.js';
import { searchPatients } from './search-patients.js';
import type { PatientsService } from './service.js';
import { setUsualProfessional } from './set-usual-professional.js';
import { unfollowPatient } from './unfollow-patient.js';
import { updatePatient } from './update-patient.js';

export type { AccessReport, AccessReportEntry, AccessReportPatient } from './access-report-present.js';
export { caseloadPeriods, type CaseloadPeriod } from './caseload.js';
export type { PatientsDeps } from './deps.js';
export type * from './ports.js';
export type { UsualProfessionalPick } from './resolve-professional.js';
export type { PatientsService } from './service.js';
export type * from './views.js';

/** Binds the patients use cases to their ports. */
export function createPatientsService(deps: PatientsDeps): PatientsService {
  return {
    searchPatients: (actor, input) => searchPatients(deps, actor, input),
    createPatient: (actor, input) => createPatient(deps, actor, input),
    getPatient: (actor, id) => getPatient(deps, actor, id),
    updatePatient: (actor, id, input) => updatePatient(deps, actor, id, input),
    followPatient: (actor, id, identity) => followPatient(deps, actor, id, identity),
    unfollowPatient: (actor, id) => unfollowPatient(deps, actor, id),
    listCaseload: (actor, filter) => listCaseload(deps, actor, filter),
    setUsualProfessional: (actor, patientId, role, pick) => setUsualProfessional(deps, actor, patientId, role, pick),
    removeUsualProfessional: (actor, patientId, role) => removeUsualProfessional(deps, actor, patientId, role),
    findPatientsForAccessReport: (actor, input) => findPatientsForAccessReport(deps, actor, input),
    getAccessReport: (actor, patientId) => getAccessReport(deps, actor, patientId),
    exportAccessReport: (actor, patientId) => exportAccessReport(deps, actor, patientId),
  };
}
