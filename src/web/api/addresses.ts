import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Territory } from '../../core/territories.js';
import { useApi } from './context.js';
import { addressesKey, publicCommunesKey } from './keys.js';
import type { AddressSuggestion, PublicCommune } from './patient-types.js';

export const ADDRESS_MIN_LENGTH = 3;

/** Suggestions of the address service for a search of at least 3 characters, in one territory. */
export function useAddressSuggestions(q: string, territory: Territory) {
  const api = useApi();
  const query = q.trim();
  const qs = new URLSearchParams({ q: query, territory }).toString();
  return useQuery({
    queryKey: [...addressesKey, territory, query],
    queryFn: () => api.get<{ suggestions: AddressSuggestion[]; degraded: boolean }>(`/api/addresses?${qs}`),
    enabled: query.length >= ADDRESS_MIN_LENGTH,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

/** Communes (Lieu de naissance) matching a search of at least two characters. */
export function usePublicCommunes(q: string) {
  const api = useApi();
  const query = q.trim();
  return useQuery({
    queryKey: [...publicCommunesKey, query],
    queryFn: () => api.get<{ communes: PublicCommune[] }>(`/api/communes?q=${encodeURIComponent(query)}`),
    select: (data) => data.communes,
    enabled: query.length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
