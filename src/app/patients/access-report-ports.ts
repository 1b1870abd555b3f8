import type { AccessReportLookup } from '../../core/patients/access-report.js';
import type { Profession } from '../../core/professions.js';
import type { AccessAction } from './ports.js';

/** A patient as the access report names them: enough to tell homonyms apart, nothing more. */
export interface AccessReportPatientRecord {
  readonly id: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly birthDate: string;
  readonly city: string;
  readonly postcode: string;
  readonly timeZone: string;
}

/** One line of a patient's access log with the user behind it. */
export interface AccessLogLine {
  readonly at: Date;
  readonly action: AccessAction;
  /** The part of the record touched (`identity`, `care_request`…); open-ended as modules add parts. */
  readonly what: string;
  readonly user: {
    readonly id: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly profession: Profession;
    readonly email: string;
    readonly organisationName: string | null;
  };
}

/** Reads behind the patient's right of access (RGPD art. 15). */
export interface AccessReportStore {
  /** Patients matching every criterion given, exactly (the NIR on the NIR or the INS), sorted by name; at most `limit`. */
  findPatients(lookup: AccessReportLookup, limit: number): Promise<AccessReportPatientRecord[]>;
  /** Null when missing. */
  patient(id: string): Promise<AccessReportPatientRecord | null>;
  /** The patient's access log, newest first; every line when `limit` is null. */
  lines(patientId: string, limit: number | null): Promise<AccessLogLine[]>;
  count(patientId: string): Promise<number>;
}
