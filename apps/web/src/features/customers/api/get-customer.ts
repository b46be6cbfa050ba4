import { customerDetailSchema } from '@success/shared/customers';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { customerQueryKey } from '@/lib/query-keys';

/** Everything cached about one account (its detail and its timeline) lives under this key. */
export function getCustomer(domain: string, signal?: AbortSignal) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}`, customerDetailSchema, { signal });
}

export const customerQueryOptions = (domain: string) =>
  queryOptions({
    queryKey: customerQueryKey(domain),
    queryFn: ({ signal }) => getCustomer(domain, signal),
    // A missing account will not appear by retrying.
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

export function useCustomer(domain: string) {
  return useQuery(customerQueryOptions(domain));
}
