import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { organisationsKey } from './keys.js';
import type { Organisation, OrganisationInput } from './types.js';

export function useOrganisations(includeInactive = false) {
  const api = useApi();
  return useQuery({
    queryKey: [...organisationsKey, { includeInactive }],
    queryFn: () => api.get<{ organisations: Organisation[] }>(`/api/admin/organisations?includeInactive=${String(includeInactive)}`),
    select: (data) => data.organisations,
  });
}

export function useSaveOrganisation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: OrganisationInput }) =>
      id === null
        ? api.post<{ organisation: Organisation }>('/api/admin/organisations', input)
        : api.put<{ organisation: Organisation }>(`/api/admin/organisations/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useSetOrganisationActive() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<{ organisation: Organisation }>(
        `/api/admin/organisations/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}
