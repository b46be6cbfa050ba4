import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export function revokeApiToken(id: string) {
  return api.send(`/v3/rest/auth/tokens/${encodeURIComponent(id)}`, 'DELETE');
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
