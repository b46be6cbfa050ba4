import { quarantinedRecordSchema, type ProviderKeyName } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';

const quarantineListSchema = z.object({ items: z.array(quarantinedRecordSchema) });
export type QuarantinedRecord = z.infer<typeof quarantinedRecordSchema>;

export function listQuarantine(provider: ProviderKeyName) {
  return api.get(`/v3/rest/integrations/${provider}/quarantine`, quarantineListSchema);
}

export const quarantineQueryOptions = (provider: ProviderKeyName) =>
  queryOptions({
    queryKey: [...integrationsQueryKey, provider, 'quarantine'],
    queryFn: () => listQuarantine(provider),
  });

export function useQuarantine(provider: ProviderKeyName) {
  return useQuery(quarantineQueryOptions(provider));
}
