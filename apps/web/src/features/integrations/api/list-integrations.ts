import { type Integration, integrationListSchema } from '@success/shared/integrations';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const integrationsQueryKey = ['integrations'] as const;


export function listIntegrations() {
  return api.get('/v3/rest/integrations', integrationListSchema);
}

/**
 * A run that is queued, running or stalled: the page polls while any exists (a stalled run is
 * picked up again by the queue, and the card should see it resume).
 */
export function isRunActive(integration: Integration): boolean {
  const status = integration.currentRun?.status;
  return status === 'queued' || status === 'running' || status === 'stalled';
}

/** Poll every second while a sync runs (the progress bar), otherwise only on focus and after changes. */
const SYNC_POLL_MS = 1_000;

/**
 * A sync the server has been asked for may not have its run row yet when the next list arrives;
 * keep polling for a few seconds after such a request so the progress bar never misses it.
 */
let syncExpectedUntil = 0;

export function expectSyncSoon(ms = 8_000): void {
  syncExpectedUntil = Date.now() + ms;
}

export const integrationsQueryOptions = () =>
  queryOptions({
    queryKey: integrationsQueryKey,
    queryFn: listIntegrations,
    refetchInterval: (query) =>
      query.state.data?.items.some(isRunActive) || Date.now() < syncExpectedUntil ? SYNC_POLL_MS : false,
  });

/** Puts a provider the server just answered with into the cached list, so the card updates at once. */
export function mergeIntegration(queryClient: QueryClient, integration: Integration): void {
  queryClient.setQueryData<{ items: Integration[] }>(integrationsQueryKey, (previous) =>
    previous
      ? { items: previous.items.map((item) => (item.provider === integration.provider ? integration : item)) }
      : previous,
  );
}

export function useIntegrations() {
  return useQuery(integrationsQueryOptions());
}
