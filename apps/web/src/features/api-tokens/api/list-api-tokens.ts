import { apiTokenListSchema } from '@success/shared/api-tokens';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';


export function listApiTokens() {
  return api.get('/v3/rest/auth/tokens', apiTokenListSchema);
}

export const apiTokensQueryKey = ['api-tokens'] as const;

export const apiTokensQueryOptions = () => queryOptions({ queryKey: apiTokensQueryKey, queryFn: listApiTokens });

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions());
}
