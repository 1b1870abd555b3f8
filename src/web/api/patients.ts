import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { caseloadKey, patientsKey } from './keys.js';
import type {
  CaseloadPatient,
  PatientDetail,
  PatientIdentity,
  PatientInput,
  PatientSummary,
  UsualProfessional,
  UsualRole,
} from './patient-types.js';

type PatientPayload = { patient: PatientDetail };
const detailKey = (id: string | undefined) => [...patientsKey, 'detail', id] as const;
const path = (id: string) => `/api/patients/${encodeURIComponent(id)}`;

/** Query string of the non-empty fields only. */
function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && String(value).trim() !== '') search.set(name, String(value).trim());
  }
  return search.toString();
}

/** Patients matching what is typed in "Identité patient" (any of the four fields). */
export function usePatientSearch(identity: PatientIdentity, enabled: boolean) {
  const api = useApi();
  const qs = queryString({ ...identity });
  return useQuery({
    queryKey: [...patientsKey, 'search', qs],
    queryFn: () => api.get<{ matches: PatientSummary[] }>(`/api/patients/search?${qs}`),
    select: (data) => data.matches,
    enabled: enabled && qs !== '',
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function usePatient(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: () => api.get<PatientPayload>(path(id ?? '')),
    select: (data) => data.patient,
    enabled: id !== undefined,
  });
}

/** Lists where a patient shows: refreshed after any change to one. */
function refreshLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: caseloadKey });
  void queryClient.invalidateQueries({ queryKey: [...patientsKey, 'search'] });
}

/** Creates a patient (no id) or replaces one. */
export function useSavePatient(id: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatientInput) =>
      id === undefined ? api.post<PatientPayload>('/api/patients', input) : api.put<PatientPayload>(path(id), input),
    onSuccess: (data) => {
      queryClient.setQueryData(detailKey(data.patient.id), data);
      refreshLists(queryClient);
    },
  });
}

/** "Patient pour Moi". A patient found by the exact duplicate check is followed with the four fields as proof. */
export function useFollowPatient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, proof }: { id: string; proof?: PatientIdentity }) =>
      api.post<PatientPayload>(`${path(id)}/follow`, proof ?? {}),
    onSuccess: (data) => {
      queryClient.setQueryData(detailKey(data.patient.id), data);
      refreshLists(queryClient);
    },
  });
}

export function useUnfollowPatient() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${path(id)}/follow`),
    onSuccess: (_data, id) => {
      queryClient.setQueryData<PatientPayload>(detailKey(id), (old) => (old ? { patient: { ...old.patient, followed: false } } : old));
      void queryClient.invalidateQueries({ queryKey: detailKey(id) });
      refreshLists(queryClient);
    },
  });
}

/** Periods of "Fiches patients", in days; null = all. */
export const caseloadPeriods = [14, 30, 90, 365, null] as const;
export type CaseloadPeriod = (typeof caseloadPeriods)[number];

/** The user's file active patientèle, optionally refreshed every 30 s. */
export function useCaseload(q: string, days: CaseloadPeriod, autoRefresh: boolean) {
  const api = useApi();
  const qs = queryString({ q, days: days ?? undefined });
  return useQuery({
    queryKey: [...caseloadKey, qs],
    queryFn: () => api.get<{ patients: CaseloadPatient[] }>(`/api/caseload${qs ? `?${qs}` : ''}`),
    select: (data) => data.patients,
    placeholderData: keepPreviousData,
    refetchInterval: autoRefresh ? 30_000 : false,
  });
}

type UsualPayload = { usualProfessionals: UsualProfessional[] };

/** Sets (chosen: idNat or userId) or removes (null) the patient's usual professional of one role. */
export function useUsualProfessional(patientId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, chosen }: { role: UsualRole; chosen: { idNat: string } | { userId: string } | null }) => {
      const url = `${path(patientId)}/usual-professionals/${encodeURIComponent(role)}`;
      return chosen === null ? api.delete<UsualPayload>(url) : api.put<UsualPayload>(url, chosen);
    },
    onSuccess: (data) => {
      queryClient.setQueryData<PatientPayload>(detailKey(patientId), (old) =>
        old ? { patient: { ...old.patient, usualProfessionals: data.usualProfessionals } } : old,
      );
    },
  });
}
