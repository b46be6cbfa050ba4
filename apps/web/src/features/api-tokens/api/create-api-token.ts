import { createdTokenSchema } from '@success/shared/api-tokens';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export function createApiToken(input: { name: string }) {
  return api.post('/v3/rest/auth/tokens', createdTokenSchema, input);
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
