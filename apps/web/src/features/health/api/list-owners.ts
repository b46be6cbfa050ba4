import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { healthOwnersSchema } from '@success/shared/accounts';


export function listOwners(signal?: AbortSignal) {
  return api.get('/v3/rest/success/health/owners', healthOwnersSchema, { signal });
}

/** Account owners for the Health owner filter (under ['accounts'] so a sync that changes owners refreshes it). */
export const ownersQueryOptions = () =>
  queryOptions({
    queryKey: ['accounts', 'owners'],
    queryFn: ({ signal }) => listOwners(signal),
    staleTime: 60_000,
  });

export function useOwners() {
  return useQuery(ownersQueryOptions());
}
