import { useQuery } from '@tanstack/react-query';
import type { CareProfession } from '../../core/professions.js';
import type { CareAct } from './care-request-types.js';
import { useApi } from './context.js';
import { careActsKey } from './keys.js';

/** The active catalogue of Soins (`GET /api/care-acts`), per profession, sorted by position. */
export function useCareActs() {
  const api = useApi();
  return useQuery({
    queryKey: careActsKey,
    queryFn: () => api.get<{ careActs: CareAct[] }>('/api/care-acts'),
    select: (data) => data.careActs,
    staleTime: 5 * 60_000,
  });
}

/** The acts of one profession, in catalogue order. */
export function careActsOfProfession(acts: readonly CareAct[] | undefined, profession: CareProfession | ''): CareAct[] {
  if (!acts || profession === '') return [];
  return acts.filter((act) => act.profession === profession && act.active).sort((a, b) => a.position - b.position);
}
