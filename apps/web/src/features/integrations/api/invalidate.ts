import type { QueryClient } from '@tanstack/react-query';
import { readinessQueryKeyRoot } from '@/lib/query-keys';
import { integrationsQueryKey } from './list-integrations';

/** After a connection changes: the provider list (and its runs, quarantine, unmatched) and every section's readiness. */
export async function invalidateIntegrationViews(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: integrationsQueryKey }),
    queryClient.invalidateQueries({ queryKey: readinessQueryKeyRoot }),
  ]);
}
