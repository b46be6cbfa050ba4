import { customerRequestListSchema } from '@success/shared/signals';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { customerQueryKey } from '@/lib/query-keys';
import { api } from '@/lib/api-client';


export function getOpenRequests(domain: string, signal?: AbortSignal) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/requests`, customerRequestListSchema, {
    query: { status: 'open', limit: 10 },
    signal,
  });
}

/** Under the account's key, so anything that refreshes the account refreshes its requests too. */
export const openRequestsQueryOptions = (domain: string) =>
  queryOptions({
    queryKey: [...customerQueryKey(domain), 'requests', 'open'],
    queryFn: ({ signal }) => getOpenRequests(domain, signal),
  });

/** The feature requests the customer made that are still open, newest first. */
export function useOpenRequests(domain: string, options: { enabled: boolean }) {
  return useQuery({ ...openRequestsQueryOptions(domain), enabled: options.enabled });
}
