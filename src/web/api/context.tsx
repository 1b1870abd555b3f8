import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { ApiError, createApiClient, type ApiClient } from './client.js';
import { sessionKey } from './keys.js';

const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}

export interface AppClients {
  api: ApiClient;
  queryClient: QueryClient;
}

/** A 401 on any call means the session ended: refetch it, so that private pages redirect to the login page. */
function onUnauthenticated(queryClient: QueryClient, error: unknown, key?: readonly unknown[]): void {
  if (!(error instanceof ApiError) || error.status !== 401 || error.code === 'auth.invalid_credentials') return;
  if (key?.[0] === sessionKey[0]) return;
  void queryClient.invalidateQueries({ queryKey: sessionKey });
}

export function createAppClients(fetchImpl?: typeof fetch): AppClients {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onUnauthenticated(queryClient, error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthenticated(queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Retry only what may be transient: the network and server errors.
        retry: (count, error) => count < 2 && error instanceof ApiError && (error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  const api = createApiClient({
    fetch: fetchImpl,
    onSession: (session) => queryClient.setQueryData(sessionKey, session),
  });
  return { api, queryClient };
}

export function ApiProvider({ clients, children }: { clients: AppClients; children: ReactNode }) {
  return (
    <ApiContext.Provider value={clients.api}>
      <QueryClientProvider client={clients.queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}
