import { integrationSchema, type ProviderKeyName } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateIntegrationViews } from './invalidate';
import { expectSyncSoon, mergeIntegration } from './list-integrations';

export function setPaused({ provider, isPaused }: { provider: ProviderKeyName; isPaused: boolean }) {
  return api.patch(`/v3/rest/integrations/${provider}`, integrationSchema, { isPaused });
}

export function useSetPaused() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPaused,
    onSuccess: (integration, { isPaused }) => {
      // Resuming makes the next sync due now.
      if (!isPaused) expectSyncSoon();
      mergeIntegration(queryClient, integration);
      return invalidateIntegrationViews(queryClient);
    },
  });
}
