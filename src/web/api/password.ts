import { useMutation } from '@tanstack/react-query';
import { useApi } from './context.js';

export function useRequestPasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (identifiant: string) => api.post<{ message: string }>('/api/auth/password-reset', { identifiant }),
  });
}

export function useConfirmPasswordReset() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post<void>('/api/auth/password-reset/confirm', input),
  });
}
