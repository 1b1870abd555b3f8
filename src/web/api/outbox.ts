import { useQuery } from '@tanstack/react-query';
import { useApi } from './context.js';
import { outboxKey } from './keys.js';
import type { OutboxMessage } from './types.js';

export function useOutbox(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: outboxKey,
    queryFn: () => api.get<{ messages: OutboxMessage[] }>('/api/dev/outbox'),
    select: (data) => data.messages,
    staleTime: 0,
    enabled,
  });
}
