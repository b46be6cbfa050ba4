import { apiTokenSchema } from '@success/shared/api-tokens';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';

const tokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export function listApiTokens() {
  return api.get('/v3/rest/auth/tokens', tokenListSchema);
}

export const apiTokensQueryKey = ['api-tokens'] as const;

export const apiTokensQueryOptions = () => queryOptions({ queryKey: apiTokensQueryKey, queryFn: listApiTokens });

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions());
}
