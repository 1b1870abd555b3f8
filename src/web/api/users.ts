import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { usersKey } from './keys.js';
import type { UserDetail, UserInput, UserSummary } from './types.js';

export function useUsers(q: string, includeInactive: boolean) {
  const api = useApi();
  const params = new URLSearchParams({ q, includeInactive: String(includeInactive) });
  return useQuery({
    queryKey: [...usersKey, 'list', { q, includeInactive }],
    queryFn: () => api.get<{ users: UserSummary[] }>(`/api/admin/users?${params.toString()}`),
    select: (data) => data.users,
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: () => api.get<{ user: UserDetail }>(`/api/admin/users/${encodeURIComponent(id ?? '')}`),
    select: (data) => data.user,
    enabled: id !== undefined,
  });
}

/** Creates a user (no id) or replaces one. */
export function useSaveUser(id: string | undefined) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) =>
      id === undefined
        ? api.post<{ user: UserDetail }>('/api/admin/users', input)
        : api.put<{ user: UserDetail }>(`/api/admin/users/${encodeURIComponent(id)}`, input),
    onSuccess: ({ user }) => {
      queryClient.setQueryData([...usersKey, 'detail', user.id], { user });
      void queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}

export function useSetUserActive(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (active: boolean) =>
      api.post<{ user: UserDetail }>(`/api/admin/users/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`),
    onSuccess: ({ user }) => {
      queryClient.setQueryData([...usersKey, 'detail', user.id], { user });
      void queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}
