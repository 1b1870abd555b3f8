import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from './context.js';
import { communesKey } from './keys.js';
import type { Commune } from './types.js';

/** Communes matching a search of at least two characters. */
export function useCommunes(q: string) {
  const api = useApi();
  const query = q.trim();
  return useQuery({
    queryKey: [...communesKey, query],
    queryFn: () => api.get<{ communes: Commune[] }>(`/api/admin/communes?q=${encodeURIComponent(query)}`),
    select: (data) => data.communes,
    enabled: query.length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function communeLabel(name: string, postcode: string | null | undefined): string {
  return postcode ? `${name} (${postcode})` : name;
}
