import { customerHealthSchema, type HealthWindow } from '@success/shared/health';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';

export const healthQueryKey = (domain: string) => ['customer', domain, 'health'] as const;

export function getCustomerHealth({
  domain,
  days,
  signal,
}: {
  domain: string;
  days: HealthWindow;
  signal?: AbortSignal;
}) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/health`, customerHealthSchema, {
    query: { days },
    signal,
  });
}

export const healthQueryOptions = (domain: string, days: HealthWindow) =>
  queryOptions({
    queryKey: [...healthQueryKey(domain), days],
    queryFn: ({ signal }) => getCustomerHealth({ domain, days, signal }),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

export function useCustomerHealth(domain: string, days: HealthWindow = 90) {
  return useQuery(healthQueryOptions(domain, days));
}
