import type { ProviderKeyName } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { invalidateIntegrationViews } from './invalidate';

/** Disconnects a provider; `purge` also deletes everything it synced. */
export function removeIntegration({ provider, purge }: { provider: ProviderKeyName; purge: boolean }) {
  return apiRequest(`/v3/rest/integrations/${provider}`, null, { method: 'DELETE', query: { purge } });
}

export function useRemoveIntegration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeIntegration,
    onSuccess: () =>
      Promise.all([
        invalidateIntegrationViews(queryClient),
        // Purged rows disappear from the account views.
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['customer'] }),
      ]),
  });
}
