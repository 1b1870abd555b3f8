import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { forgetThisDevice } from './push.js';
import { sessionKey } from './keys.js';
import type { SessionPayload, SessionUser } from './types.js';

export function useSession() {
  const api = useApi();
  return useQuery({ queryKey: sessionKey, queryFn: () => api.session(), staleTime: Infinity });
}

/**
 * The signed-in user. Under <RequireAuth> it is set, except for the instant between the end of a
 * session (logout, expiry) and the redirection to the login page: render nothing then.
 */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

export interface Credentials {
  identifiant: string;
  password: string;
}

export function useLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) =>
      api.post<{ user: SessionUser; csrfToken: string }>('/api/auth/login', credentials),
    onSuccess: ({ user, csrfToken }) => {
      api.setCsrfToken(csrfToken);
      queryClient.setQueryData<SessionPayload>(sessionKey, (previous) => ({
        user,
        csrfToken,
        demo: previous?.demo ?? null,
      }));
    },
  });
}

export function useLogout() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await forgetThisDevice(api);
      await api.post<void>('/api/auth/logout');
    },
    onSettled: async () => {
      // Forget everything the previous user could see, then get a fresh anonymous session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      await queryClient.refetchQueries({ queryKey: sessionKey });
    },
  });
}
