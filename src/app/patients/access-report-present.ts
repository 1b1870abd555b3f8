import { toCsv } from '../../core/csv.js';
import { wallClockLabel } from '../../core/patients/access-report.js';
import type { Profession } from '../../core/professions.js';
import { t } from '../../i18n/index.js';
import type { AccessLogLine, AccessReportPatientRecord } from './access-report-ports.js';
import { userName } from './labels.js';

/** A patient in the admin's lookup results and at the top of the report. */
export type AccessReportPatient = Omit<AccessReportPatientRecord, 'timeZone'>;

/** One access to the patient's data: who, when, what. */
export interface AccessReportEntry {
  /** ISO 8601 instant (UTC). */
  readonly at: string;
  /** `13/05/2026 10:04:05` in the patient's time zone. */
  readonly localAt: string;
  readonly action: string;
  readonly actionLabel: string;
  readonly what: string;
  readonly whatLabel: string;
  readonly user: {
    readonly id: string;
    /** "Claire MOREL" */
    readonly name: string;
    readonly profession: Profession;
    readonly organisation: string | null;
    readonly email: string;
  };
}

/** The report of a patient's right of access (RGPD art. 15), newest access first. */
export interface AccessReport {
  readonly patient: AccessReportPatient;
  /** The time zone of `localAt` (the patient's). */
  readonly timeZone: string;
  /** Every access ever logged; `entries` holds the latest of them. */
  readonly total: number;
  readonly entries: AccessReportEntry[];
}

export function toAccessReportPatient({ timeZone: _timeZone, ...patient }: AccessReportPatientRecord): AccessReportPatient {
  return patient;
}

/** The French label of a catalogue key, or `fallback` when the catalogue has none (a part added later). */
function labelOr(key: string, fallback: string): string {
  const label = t(key);
  return label === key ? fallback : label;
}

export function toAccessReportEntry(line: AccessLogLine, timeZone: string): AccessReportEntry {
  return {
    at: line.at.toISOString(),
    localAt: wallClockLabel(line.at, timeZone),
    action: line.action,
    actionLabel: labelOr(`domain.accessAction.${line.action}`, line.action),
    what: line.what,
    whatLabel: labelOr(`domain.accessWhat.${line.what}`, line.what),
    user: {
      id: line.user.id,
      name: userName(line.user),
      profession: line.user.profession,
      organisation: line.user.organisationName,
      email: line.user.email,
    },
  };
}

/** The CSV export: French headers, one row per access, in the report's order. */
export function accessReportCsv(entries: readonly AccessReportEntry[], timeZone: string): string {
  const column = (name: string) => t(`domain.accessReport.${name}`, { timeZone });
  const header = ['localAt', 'utcAt', 'user', 'profession', 'organisation', 'email', 'action', 'what'].map(column);
  const rows = entries.map((entry) => [
    entry.localAt,
    entry.at,
    entry.user.name,
    t(`domain.profession.${entry.user.profession}`),
    entry.user.organisation ?? '',
    entry.user.email,
    entry.actionLabel,
    entry.whatLabel,
  ]);
  return toCsv(header, rows);
}
