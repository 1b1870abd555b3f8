import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  Caller,
  CareRequestBatch,
  CareRequestBatchInput,
  CareRequestSummary,
  CareRequestView,
  RetriggerInput,
} from './care-request-types.js';
import { useApi } from './context.js';
import { careRequestsKey, caseloadKey, patientsKey } from './keys.js';

type ViewPayload = { careRequest: CareRequestView };

const listKey = (days: number) => [...careRequestsKey, 'list', days] as const;
const byNumberKey = (number: number | null) => [...careRequestsKey, 'number', number] as const;
const byIdKey = (id: string | undefined) => [...careRequestsKey, 'id', id] as const;
const callerKey = [...careRequestsKey, 'caller'] as const;
const path = (id: string) => `/api/care-requests/${encodeURIComponent(id)}`;

/** Who triggers: prefills "CRÉATION DÉCLENCHEMENT - APPELANT". */
export function useCaller() {
  const api = useApi();
  return useQuery({
    queryKey: callerKey,
    queryFn: () => api.get<{ caller: Caller }>('/api/care-requests/caller'),
    select: (data) => data.caller,
    staleTime: 5 * 60_000,
  });
}

/** "Mes fiches": the user's care requests of the last `days` days, newest first, refreshed every 30 s. */
export function useCareRequests(days = 14) {
  const api = useApi();
  return useQuery({
    queryKey: listKey(days),
    queryFn: () => api.get<{ careRequests: CareRequestSummary[] }>(`/api/care-requests?days=${days}`),
    select: (data) => data.careRequests,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

/** One fiche by its number (`/fiches/:number`); null: no valid number, nothing fetched. */
export function useCareRequestByNumber(number: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: byNumberKey(number),
    queryFn: () => api.get<ViewPayload>(`/api/care-requests/number/${String(number)}`),
    select: (data) => data.careRequest,
    enabled: number !== null,
  });
}

export function useCareRequest(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: byIdKey(id),
    queryFn: () => api.get<ViewPayload>(path(id ?? '')),
    select: (data) => data.careRequest,
    enabled: id !== undefined,
  });
}

/** Lists where a care request shows: refreshed after a batch or a round. */
function refreshLists(queryClient: QueryClient, patientId?: string): void {
  void queryClient.invalidateQueries({ queryKey: [...careRequestsKey, 'list'] });
  void queryClient.invalidateQueries({ queryKey: caseloadKey });
  if (patientId) void queryClient.invalidateQueries({ queryKey: [...patientsKey, 'detail', patientId] });
}

/** "Déclencher": every block of the wizard in one batch (all or nothing). */
export function useCreateCareRequestBatch() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CareRequestBatchInput) => api.post<{ batch: CareRequestBatch }>('/api/care-request-batches', input),
    onSuccess: (data) => {
      refreshLists(queryClient, data.batch.patientId);
      // The direct line typed is kept for the next time.
      void queryClient.invalidateQueries({ queryKey: callerKey });
    },
  });
}

/** "Déclencher de nouveau": a new dispatch round, optionally wider or no longer restricted to the network. */
export function useRetriggerCareRequest(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetriggerInput) => api.post<ViewPayload & { offeredCount: number }>(`${path(id)}/rounds`, input),
    onSuccess: (data) => {
      const payload: ViewPayload = { careRequest: data.careRequest };
      queryClient.setQueryData(byNumberKey(data.careRequest.number), payload);
      queryClient.setQueryData(byIdKey(data.careRequest.id), payload);
      refreshLists(queryClient);
    },
  });
}
