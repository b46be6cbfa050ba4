import { unmatchedCustomerListSchema } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';


export const unmatchedQueryKey = [...integrationsQueryKey, 'unmatched'] as const;

export function listUnmatched() {
  return api.get('/v3/rest/integrations/unmatched', unmatchedCustomerListSchema);
}

export const unmatchedQueryOptions = () => queryOptions({ queryKey: unmatchedQueryKey, queryFn: listUnmatched });

export function useUnmatched() {
  return useQuery(unmatchedQueryOptions());
}
