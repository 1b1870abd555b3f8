import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './context.js';
import { preferencesKey } from './keys.js';

/** "Mes notifications": channels and quiet hours ('HH:MM' or null). */
export interface NotificationPreferences {
  notifySms: boolean;
  notifyEmail: boolean;
  notifyPush: boolean;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
}

type Payload = { preferences: NotificationPreferences };

export function useNotificationPreferences() {
  const api = useApi();
  return useQuery({ queryKey: preferencesKey, queryFn: () => api.get<Payload>('/api/me/notifications'), select: (data) => data.preferences });
}

export function useSaveNotificationPreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferences) => api.put<Payload>('/api/me/notifications', preferences),
    onSuccess: (data) => queryClient.setQueryData(preferencesKey, data),
  });
}
