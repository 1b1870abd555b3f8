import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  Caller,
  CareRequestBatch,
  CareRequestBatchInput,
  CareRequestStatus,
  CareRequestSummary,
  CareRequestView,
  CommentInput,
  DeclineInput,
  ReceivedOffer,
  Resource,
  RetriggerInput,
} from './care-request-types.js';
import { DEFAULT_PERIOD, type CareRequestPeriod, type CareRequestScope, type CareRequestSort } from '../../core/care-requests/dashboard.js';
import { ApiError, type ApiClient } from './client.js';
import { useApi } from './context.js';
import { careRequestsKey, caseloadKey, offersKey, patientsKey } from './keys.js';
import { invalidateForCareRequest, useFallbackRefetch } from './live.js';

type ViewPayload = { careRequest: CareRequestView };

const byNumberKey = (number: number | null) => [...careRequestsKey, 'number', number] as const;
const byIdKey = (id: string | undefined) => [...careRequestsKey, 'id', id] as const;
const resourcesKey = (id: string) => [...careRequestsKey, 'resources', id] as const;
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

/** The dashboard's filters: MOT-CLÉ, tag, period, status and order. */
export interface CareRequestListFilter {
  q: string;
  tag: string;
  days: CareRequestPeriod;
  status: CareRequestStatus | null;
  sort: CareRequestSort;
}

interface CareRequestPage {
  careRequests: CareRequestSummary[];
  nextCursor: string | null;
}

/** `GET /api/care-requests` of one page, with only the filters that differ from the server's defaults. */
export function careRequestListPath(scope: CareRequestScope, filter: CareRequestListFilter, cursor: string | null): string {
  const params = new URLSearchParams({ scope });
  if (filter.days !== DEFAULT_PERIOD) params.set('days', String(filter.days));
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.tag.trim()) params.set('tag', filter.tag.trim());
  if (filter.status) params.set('status', filter.status);
  if (filter.sort !== 'created') params.set('sort', filter.sort);
  if (cursor) params.set('cursor', cursor);
  return `/api/care-requests?${params.toString()}`;
}

/**
 * One section of the dashboard, page after page ("Plus de fiches"). With `autoRefresh`, live events
 * (and the polling while the stream is down) refetch it; without, it keeps what it shows until the
 * user asks (`refetch`), though new filters are still fetched.
 */
export function useCareRequestList(scope: CareRequestScope, filter: CareRequestListFilter, autoRefresh: boolean) {
  const api = useApi();
  const fallbackRefetch = useFallbackRefetch();
  return useInfiniteQuery({
    queryKey: [...careRequestsKey, 'list', scope, filter],
    queryFn: ({ pageParam }) => api.get<CareRequestPage>(careRequestListPath(scope, filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    select: (data) => data.pages.flatMap((page) => page.careRequests),
    placeholderData: keepPreviousData,
    enabled: (query) => autoRefresh || query.state.data === undefined,
    refetchInterval: autoRefresh ? fallbackRefetch : false,
  });
}

/** `GET /api/offers`, shared by "Demandes reçues", its badge and the toasts. */
export function offersQuery(api: ApiClient) {
  return {
    queryKey: offersKey,
    queryFn: () => api.get<{ offers: ReceivedOffer[] }>('/api/offers'),
  };
}

/** An offer still waiting for the user's answer: unanswered, and the request still dispatching. */
export function isOpenOffer(line: ReceivedOffer): boolean {
  return line.offer.response === null && line.careRequest.status === 'dispatching';
}

/** "Demandes reçues": the offers made to the user these 14 days, newest first; live. */
export function useReceivedOffers() {
  const api = useApi();
  return useQuery({ ...offersQuery(api), select: (data) => data.offers, refetchInterval: useFallbackRefetch() });
}

/** The badge of "Demandes reçues": how many requests wait for the user's answer. */
export function useOpenOfferCount(): number {
  const api = useApi();
  const query = useQuery({
    ...offersQuery(api),
    select: (data) => new Set(data.offers.filter(isOpenOffer).map((line) => line.careRequest.id)).size,
    refetchInterval: useFallbackRefetch(),
  });
  return query.data ?? 0;
}

/** "Cliquez ici pour voir les ressources déclenchées": fetched when `enabled` (the modal is open). */
export function useCareRequestResources(id: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: resourcesKey(id),
    queryFn: () => api.get<{ resources: Resource[] }>(`${path(id)}/resources`),
    select: (data) => data.resources,
    enabled,
    staleTime: 0,
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

/** A fiche returned by an action replaces the cached one; the lists where it shows are refetched. */
function storeView(queryClient: QueryClient, view: CareRequestView): void {
  const payload: ViewPayload = { careRequest: view };
  queryClient.setQueryData(byNumberKey(view.number), payload);
  queryClient.setQueryData(byIdKey(view.id), payload);
  void queryClient.invalidateQueries({ queryKey: offersKey });
  void queryClient.invalidateQueries({ queryKey: resourcesKey(view.id) });
  refreshLists(queryClient);
}

/** A POST on the fiche answering `{ careRequest }`; on a conflict (taken, closed) the fiche and the lists are refetched. */
function useFicheAction<V extends { id: string }>(send: (api: ApiClient, variables: V) => Promise<ViewPayload>) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => send(api, variables),
    onSuccess: (data) => storeView(queryClient, data.careRequest),
    onError: (error, variables) => {
      if (error instanceof ApiError && error.status === 409) invalidateForCareRequest(queryClient, variables.id);
    },
  });
}

/** The 409 of an acceptance lost to another professional ("Déjà pris en charge"). */
export function isAlreadyTaken(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'care_requests.already_taken';
}

/** "Accepter": the first acceptance wins; the others get 409 `care_requests.already_taken`. */
export function useAcceptOffer() {
  return useFicheAction<{ id: string }>((api, { id }) => api.post<ViewPayload>(`${path(id)}/accept`));
}

/** "Décliner", with a reason (and a comment for "Autre"). */
export function useDeclineOffer() {
  return useFicheAction<DeclineInput & { id: string }>((api, { id, ...input }) => api.post<ViewPayload>(`${path(id)}/decline`, input));
}

/** "Annuler la demande", with a mandatory motif (requester's side). */
export function useCancelCareRequest() {
  return useFicheAction<{ id: string; reason: string }>((api, { id, reason }) => api.post<ViewPayload>(`${path(id)}/cancel`, { reason }));
}

/** "Enregistrer un passage" ("1er passage", "2e passage"…), by the performer. */
export function useRecordVisit() {
  return useFicheAction<{ id: string }>((api, { id }) => api.post<ViewPayload>(`${path(id)}/visits`));
}

/** "Clôturer la prise en charge", by the performer. */
export function useCompleteCareRequest() {
  return useFicheAction<{ id: string }>((api, { id }) => api.post<ViewPayload>(`${path(id)}/complete`));
}

/** "Rendre la prise en charge", with a motif: the request is dispatched again without the performer. */
export function useHandBack() {
  return useFicheAction<{ id: string; reason: string }>((api, { id, reason }) => api.post<ViewPayload>(`${path(id)}/hand-back`, { reason }));
}

/** "Ajouter un commentaire / un tag": by the requester's side or the performer. */
export function useAddComment() {
  return useFicheAction<CommentInput & { id: string }>((api, { id, ...input }) => api.post<ViewPayload>(`${path(id)}/comments`, input));
}

/** "Déclencher de nouveau": a new dispatch round, optionally wider or no longer restricted to the network. */
export function useRetriggerCareRequest(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetriggerInput) => api.post<ViewPayload & { offeredCount: number }>(`${path(id)}/rounds`, input),
    onSuccess: (data) => storeView(queryClient, data.careRequest),
  });
}
