import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CareProfession } from '../../core/professions.js';
import type { CareAct } from './care-request-types.js';
import { useApi } from './context.js';
import { adminCareActsKey, careActsKey } from './keys.js';

export interface CareActChanges {
  label?: string;
  position?: number;
  active?: boolean;
}

/** The whole catalogue of Soins, deactivated acts included (`GET /api/admin/care-acts`). */
export function useAdminCareActs() {
  const api = useApi();
  return useQuery({
    queryKey: adminCareActsKey,
    queryFn: () => api.get<{ careActs: CareAct[] }>('/api/admin/care-acts'),
    select: (data) => data.careActs,
  });
}

/** After any change, both the admin list and the offered acts (`useCareActs`) are stale. */
function useRefreshCatalogue() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: adminCareActsKey }), queryClient.invalidateQueries({ queryKey: careActsKey })]);
}

export function useCreateCareAct() {
  const api = useApi();
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: (input: { profession: CareProfession; label: string }) => api.post<{ careAct: CareAct }>('/api/admin/care-acts', input),
    onSuccess: refresh,
  });
}

export function useUpdateCareAct() {
  const api = useApi();
  const refresh = useRefreshCatalogue();
  return useMutation({
    mutationFn: ({ profession, code, changes }: { profession: CareProfession; code: string; changes: CareActChanges }) =>
      api.patch<{ careAct: CareAct }>(`/api/admin/care-acts/${encodeURIComponent(profession)}/${encodeURIComponent(code)}`, changes),
    onSuccess: refresh,
  });
}
