import { ledgerRowSchema } from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { toLedgerQuery, type LedgerFilters, type LedgerSortKey, type SortOrder } from '../filters';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

const ledgerPageSchema = pageSchema(ledgerRowSchema);

export const LEDGER_PAGE_SIZE = 50;

export type LedgerSort = { sort: LedgerSortKey; order: SortOrder };

export function listContracts({
  filters,
  sort,
  cursor,
  signal,
}: {
  filters: LedgerFilters;
  sort: LedgerSort;
  cursor?: string | null;
  signal?: AbortSignal;
}) {
  return api.get('/v3/rest/success/contracts', ledgerPageSchema, {
    query: { ...toLedgerQuery(filters, sort), limit: LEDGER_PAGE_SIZE, cursor },
    signal,
  });
}

export const contractsQueryOptions = (filters: LedgerFilters, sort: LedgerSort) =>
  infiniteQueryOptions({
    queryKey: [...contractsQueryKeyRoot, 'list', toLedgerQuery(filters, sort)],
    queryFn: ({ pageParam, signal }) => listContracts({ filters, sort, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

/** The ledger, page by page; the previous rows stay on screen while a new filter loads. */
export function useContracts(filters: LedgerFilters, sort: LedgerSort) {
  return useInfiniteQuery({ ...contractsQueryOptions(filters, sort), placeholderData: (previous) => previous });
}
