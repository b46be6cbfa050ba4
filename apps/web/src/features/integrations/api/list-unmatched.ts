import { unmatchedCustomerSchema } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';

const unmatchedListSchema = z.object({ items: z.array(unmatchedCustomerSchema) });

export const unmatchedQueryKey = [...integrationsQueryKey, 'unmatched'] as const;

export function listUnmatched() {
  return api.get('/v3/rest/integrations/unmatched', unmatchedListSchema);
}

export const unmatchedQueryOptions = () => queryOptions({ queryKey: unmatchedQueryKey, queryFn: listUnmatched });

export function useUnmatched() {
  return useQuery(unmatchedQueryOptions());
}
