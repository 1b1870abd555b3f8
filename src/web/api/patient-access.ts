import { useQuery } from '@tanstack/react-query';
import type { Profession } from '../../core/professions.js';
import { useApi } from './context.js';
import { patientAccessKey } from './keys.js';

/** What the admin types to find the patient of a right-of-access request. */
export interface PatientAccessLookup {
  lastName: string;
  firstName: string;
  birthDate: string;
  nir: string;
}

/** A patient as the access report names them (`GET /api/admin/patient-access/patients`). */
export interface PatientAccessPatient {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  city: string;
  postcode: string;
}

export interface PatientAccessEntry {
  at: string;
  /** dd/mm/yyyy HH:mm:ss in the report's time zone. */
  localAt: string;
  action: string;
  actionLabel: string;
  what: string;
  whatLabel: string;
  user: { id: string; name: string; profession: Profession; organisation: string | null; email: string };
}

export interface PatientAccessReport {
  patient: PatientAccessPatient;
  timeZone: string;
  total: number;
  /** Newest first; the latest 500 at most. */
  entries: PatientAccessEntry[];
}

/** The exact lookup, run when the form is submitted (`lookup` not null); each run is logged by the server. */
export function usePatientAccessLookup(lookup: PatientAccessLookup | null) {
  const api = useApi();
  const params = new URLSearchParams(Object.entries(lookup ?? {}).filter(([, value]) => value !== ''));
  return useQuery({
    queryKey: [...patientAccessKey, 'lookup', lookup],
    queryFn: () => api.get<{ patients: PatientAccessPatient[] }>(`/api/admin/patient-access/patients?${params.toString()}`),
    select: (data) => data.patients,
    enabled: lookup !== null,
    staleTime: 0,
  });
}

export function usePatientAccessReport(patientId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...patientAccessKey, 'report', patientId],
    queryFn: () => api.get<{ report: PatientAccessReport }>(`/api/admin/patient-access/patients/${encodeURIComponent(patientId ?? '')}`),
    select: (data) => data.report,
    enabled: patientId !== null,
  });
}

/** The CSV download: a plain link, so that the browser saves the file itself (the session cookie goes with it). */
export function patientAccessExportUrl(patientId: string): string {
  return `/api/admin/patient-access/patients/${encodeURIComponent(patientId)}/export.csv`;
}
