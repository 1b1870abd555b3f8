import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { networksKey } from './keys.js';
import type { Network, NetworkInput } from './types.js';

export function useNetworks() {
  const api = useApi();
  return useQuery({
    queryKey: networksKey,
    queryFn: () => api.get<{ networks: Network[] }>('/api/admin/networks'),
    select: (data) => data.networks,
  });
}

export function useSaveNetwork() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: NetworkInput }) =>
      id === null
        ? api.post<{ network: Network }>('/api/admin/networks', input)
        : api.put<{ network: Network }>(`/api/admin/networks/${encodeURIComponent(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networksKey }),
  });
}

export function useSetNetworkActive() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<{ network: Network }>(`/api/admin/networks/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networksKey }),
  });
}
