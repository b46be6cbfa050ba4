import { ledgerSummarySchema } from '@success/shared/ledger';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

export function getContractsSummary(signal?: AbortSignal) {
  return api.get('/v3/rest/success/contracts/summary', ledgerSummarySchema, { signal });
}

export const contractsSummaryQueryOptions = () =>
  queryOptions({
    queryKey: [...contractsQueryKeyRoot, 'summary'],
    queryFn: ({ signal }) => getContractsSummary(signal),
  });

/** MRR, ARR, past-due and renewing ARR of the whole ledger, in the reporting currency. */
export function useContractsSummary() {
  return useQuery(contractsSummaryQueryOptions());
}
