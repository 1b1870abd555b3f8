import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { parseAccessReportLookup, type AccessReportLookupInput } from '../../core/patients/access-report.js';
import { localDate } from '../../core/patients/index.js';
import type { AccessReportPatientRecord } from './access-report-ports.js';
import { accessReportCsv, toAccessReportEntry, toAccessReportPatient, type AccessReport, type AccessReportPatient } from './access-report-present.js';
import type { PatientsDeps } from './deps.js';
import type { PatientsStores } from './ports.js';

/**
 * The patient's right of access (RGPD art. 15): an admin finds the patient and
 * reads or exports every access to their data. Admins see no fiche otherwise,
 * so only the names, birth date and commune of the patient are shown; each of
 * these reads is itself logged, in the same transaction.
 */

export const ACCESS_LOOKUP_LIMIT = 20;
/** Lines shown on the page; the export holds them all. */
export const ACCESS_REPORT_VIEW_LIMIT = 500;

function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new AppError('auth.forbidden');
}

async function loadPatient(stores: PatientsStores, patientId: string): Promise<AccessReportPatientRecord> {
  const patient = await stores.accessReport.patient(patientId);
  if (!patient) throw new AppError('patients.not_found');
  return patient;
}

/**
 * The patients matching the lookup exactly (NIR/INS, or names and birth date),
 * each logged as read (`access_report_lookup`). Throws `auth.forbidden` and
 * `patients.access_lookup_invalid`.
 */
export async function findPatientsForAccessReport(deps: PatientsDeps, actor: Actor, input: AccessReportLookupInput): Promise<AccessReportPatient[]> {
  assertAdmin(actor);
  const lookup = parseAccessReportLookup(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const found = await stores.accessReport.findPatients(lookup, ACCESS_LOOKUP_LIMIT);
    await stores.accessLog.record(
      found.map((patient) => ({ patientId: patient.id, userId: actor.userId, action: 'read', what: 'access_report_lookup' })),
      now,
    );
    return found.map(toAccessReportPatient);
  });
}

/**
 * The latest accesses to a patient's data, newest first, with their total; the
 * admin's reading is logged after them (it shows in the next report). Throws
 * `auth.forbidden`, `patients.not_found`.
 */
export async function getAccessReport(deps: PatientsDeps, actor: Actor, patientId: string): Promise<AccessReport> {
  assertAdmin(actor);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const patient = await loadPatient(stores, patientId);
    const lines = await stores.accessReport.lines(patientId, ACCESS_REPORT_VIEW_LIMIT);
    const total = await stores.accessReport.count(patientId);
    await stores.accessLog.record([{ patientId, userId: actor.userId, action: 'read', what: 'access_report' }], now);
    return { patient: toAccessReportPatient(patient), timeZone: patient.timeZone, total, entries: lines.map((line) => toAccessReportEntry(line, patient.timeZone)) };
  });
}

/**
 * Every access to a patient's data as a CSV file (newest first), named after
 * the patient's local date; the export is logged in the same transaction (it
 * shows in the next report). Throws `auth.forbidden`, `patients.not_found`.
 */
export async function exportAccessReport(deps: PatientsDeps, actor: Actor, patientId: string): Promise<{ fileName: string; csv: string }> {
  assertAdmin(actor);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const patient = await loadPatient(stores, patientId);
    const lines = await stores.accessReport.lines(patientId, null);
    await stores.accessLog.record([{ patientId, userId: actor.userId, action: 'export', what: 'access_report' }], now);
    const entries = lines.map((line) => toAccessReportEntry(line, patient.timeZone));
    return { fileName: `acces-patient-${localDate(now, patient.timeZone)}.csv`, csv: accessReportCsv(entries, patient.timeZone) };
  });
}
