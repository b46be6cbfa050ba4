import { quarantinedRecordSchema, type ProviderKeyName, quarantinedRecordListSchema } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';

export type QuarantinedRecord = z.infer<typeof quarantinedRecordSchema>;

export function listQuarantine(provider: ProviderKeyName) {
  return api.get(`/v3/rest/integrations/${provider}/quarantine`, quarantinedRecordListSchema);
}

export const quarantineQueryOptions = (provider: ProviderKeyName) =>
  queryOptions({
    queryKey: [...integrationsQueryKey, provider, 'quarantine'],
    queryFn: () => listQuarantine(provider),
  });

export function useQuarantine(provider: ProviderKeyName) {
  return useQuery(quarantineQueryOptions(provider));
}
