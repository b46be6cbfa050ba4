import { ledgerRowListSchema } from '@success/shared/ledger';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { customerQueryKey } from '@/lib/query-keys';
import { api } from '@/lib/api-client';


/** Under the account's key, so anything that refreshes the account refreshes its revenue too. */
export const revenueQueryKey = (domain: string) => [...customerQueryKey(domain), 'revenue'] as const;

export function getRevenue(domain: string, signal?: AbortSignal) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/revenue`, ledgerRowListSchema, { signal });
}

export const revenueQueryOptions = (domain: string) =>
  queryOptions({
    queryKey: revenueQueryKey(domain),
    queryFn: ({ signal }) => getRevenue(domain, signal),
  });

/** The account's ledger rows: one per Salesbricks contract, Stripe subscription, or both merged. */
export function useRevenue(domain: string) {
  return useQuery(revenueQueryOptions(domain));
}
