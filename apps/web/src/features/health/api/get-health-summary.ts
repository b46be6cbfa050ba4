import { healthSummarySchema } from '@success/shared/health';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Under ['accounts'], so every change that refreshes the queue (tracking, ignored ARR, rescoring) refreshes the cards too. */
export const healthSummaryQueryKey = ['accounts', 'health-summary'] as const;

export function getHealthSummary(signal?: AbortSignal) {
  return api.get('/v3/rest/success/health/summary', healthSummarySchema, { signal });
}

export const healthSummaryQueryOptions = () =>
  queryOptions({
    queryKey: healthSummaryQueryKey,
    queryFn: ({ signal }) => getHealthSummary(signal),
  });

export function useHealthSummary() {
  return useQuery(healthSummaryQueryOptions());
}
