import { type ProviderKeyName, syncRunListSchema } from '@success/shared/integrations';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';


export function listSyncRuns(provider: ProviderKeyName) {
  return api.get(`/v3/rest/integrations/${provider}/runs`, syncRunListSchema);
}

export const syncRunsQueryOptions = (provider: ProviderKeyName, isSyncing: boolean) =>
  queryOptions({
    queryKey: [...integrationsQueryKey, provider, 'runs'],
    queryFn: () => listSyncRuns(provider),
    refetchInterval: isSyncing ? 2_000 : false,
  });

export function useSyncRuns(provider: ProviderKeyName, isSyncing: boolean) {
  return useQuery(syncRunsQueryOptions(provider, isSyncing));
}
