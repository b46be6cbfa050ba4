import { integrationSchema, type ConnectInput, type ProviderKeyName } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateIntegrationViews } from './invalidate';
import { expectSyncSoon, mergeIntegration } from './list-integrations';

/** Saves credentials and settings; the server tests the credentials first and answers 422 in the provider's words. */
export function connectIntegration({ provider, input }: { provider: ProviderKeyName; input: ConnectInput }) {
  return api.put(`/v3/rest/integrations/${provider}`, integrationSchema, input);
}

export function useConnectIntegration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectIntegration,
    onSuccess: (integration) => {
      // Saving starts a full sync.
      expectSyncSoon();
      mergeIntegration(queryClient, integration);
      return invalidateIntegrationViews(queryClient);
    },
  });
}
