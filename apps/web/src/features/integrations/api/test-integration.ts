import { testResultSchema, type ProviderKeyName } from '@success/shared/integrations';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { integrationsQueryKey } from './list-integrations';

/** Tests the stored credentials; a failure is a 422 with the provider's message. */
export function testIntegration(provider: ProviderKeyName) {
  return api.post(`/v3/rest/integrations/${provider}/test`, testResultSchema);
}

export function useTestIntegration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testIntegration,
    // Either way the status may have changed (a refused key marks the connection "needs re-auth").
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationsQueryKey }),
  });
}
