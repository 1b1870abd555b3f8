import { useMutation } from '@tanstack/react-query';
import { useApi } from './context.js';
import type { DirectoryResult, UsualRole } from './patient-types.js';

export interface DirectorySearch {
  profession: UsualRole;
  lastName: string;
  firstName: string;
}

/** Searches the national directory (RPPS) and Déclic's users, on demand ("Rechercher"). */
export function useDirectorySearch() {
  const api = useApi();
  return useMutation({
    mutationFn: (search: DirectorySearch) => {
      const qs = new URLSearchParams({
        profession: search.profession,
        lastName: search.lastName.trim(),
        firstName: search.firstName.trim(),
      });
      return api.get<{ results: DirectoryResult[] }>(`/api/directory/search?${qs.toString()}`).then((data) => data.results);
    },
  });
}
