import type { Actor } from '../../core/actor.js';
import type { PatientInput, PatientSearchInput, UsualProfessionalRole } from '../../core/patients/index.js';
import type { AccessReportLookupInput } from '../../core/patients/access-report.js';
import type { AccessReport, AccessReportPatient } from './access-report-present.js';
import type { CaseloadPeriod } from './caseload.js';
import type { UsualProfessionalPick } from './resolve-professional.js';
import type { CaseloadPatient, PatientDetail, PatientSummary, UsualProfessional } from './views.js';

/**
 * Patients use cases (fiche patient, recherche, file active, professionnels
 * habituels). Every call checks the actor may see the patient (else
 * `patients.not_found`) and writes the access log.
 */
export interface PatientsService {
  /** Recherche patient (at most 20), plus the exact 4-criteria duplicate. */
  searchPatients(actor: Actor, input: PatientSearchInput): Promise<PatientSummary[]>;
  createPatient(actor: Actor, input: PatientInput): Promise<PatientDetail>;
  getPatient(actor: Actor, id: string): Promise<PatientDetail>;
  updatePatient(actor: Actor, id: string, input: PatientInput): Promise<PatientDetail>;
  /** "Patient pour Moi"; `identity` lets the actor follow the exact duplicate found by the search. */
  followPatient(actor: Actor, id: string, identity: PatientSearchInput | null): Promise<PatientDetail>;
  unfollowPatient(actor: Actor, id: string): Promise<void>;
  /** File active patientèle, latest activity first. */
  listCaseload(actor: Actor, filter: { q?: string | null; days?: CaseloadPeriod | null }): Promise<CaseloadPatient[]>;
  setUsualProfessional(actor: Actor, patientId: string, role: UsualProfessionalRole, pick: UsualProfessionalPick): Promise<UsualProfessional[]>;
  removeUsualProfessional(actor: Actor, patientId: string, role: UsualProfessionalRole): Promise<UsualProfessional[]>;
  /** Droit d'accès (admins only): the patients matching a NIR/INS, or names and birth date, exactly. */
  findPatientsForAccessReport(actor: Actor, input: AccessReportLookupInput): Promise<AccessReportPatient[]>;
  /** Droit d'accès (admins only): the latest accesses to the patient's data. */
  getAccessReport(actor: Actor, patientId: string): Promise<AccessReport>;
  /** Droit d'accès (admins only): every access as a CSV file. */
  exportAccessReport(actor: Actor, patientId: string): Promise<{ fileName: string; csv: string }>;
}
