import { integrationSchema, type ProviderKeyName } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api-client';
import { expectSyncSoon, integrationsQueryKey, mergeIntegration } from './list-integrations';

export type SyncMode = 'full' | 'incremental';

/** The 202 body: the provider with its queued run, or `{ run }`; either way the list poll shows progress. */
const startSyncResponseSchema = z.union([integrationSchema, z.object({ run: z.unknown() })]);

/** Queues a sync (202); progress is read from the provider list, which polls while the run is active. */
export function startSync({ provider, mode }: { provider: ProviderKeyName; mode: SyncMode }) {
  return api.post(`/v3/rest/integrations/${provider}/sync`, startSyncResponseSchema, { mode });
}

export function useStartSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSync,
    onSuccess: (data, { provider }) => {
      expectSyncSoon();
      if ('provider' in data) mergeIntegration(queryClient, data);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: integrationsQueryKey, exact: true }),
        queryClient.invalidateQueries({ queryKey: [...integrationsQueryKey, provider] }),
      ]);
    },
  });
}
