import { ledgerRowDetailSchema } from '@success/shared/ledger';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export const contractQueryKey = (id: string) => [...contractsQueryKeyRoot, 'detail', id] as const;

export function getContract(id: string, signal?: AbortSignal) {
  return api.get(`/v3/rest/success/contracts/${encodeURIComponent(id)}`, ledgerRowDetailSchema, { signal });
}

export const contractQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contractQueryKey(id),
    queryFn: ({ signal }) => getContract(id, signal),
    // A row that is gone will not come back by retrying.
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });

/** One ledger row with its sources, invoices and payment events. */
export function useContract(id: string) {
  return useQuery(contractQueryOptions(id));
}
