import { ledgerRowSchema } from '@success/shared/ledger';
import { pageSchema } from '@success/shared/pagination';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RenewalSortKey, RenewalWindow } from '../filters';
import { contractsQueryKeyRoot } from '@/lib/query-keys';

const renewalsPageSchema = pageSchema(ledgerRowSchema);

export const RENEWALS_PAGE_SIZE = 50;

export type RenewalsQuery = { withinDays: RenewalWindow; sort: RenewalSortKey };

export function listRenewals({
  withinDays,
  sort,
  cursor,
  signal,
}: RenewalsQuery & { cursor?: string | null; signal?: AbortSignal }) {
  return api.get('/v3/rest/success/contracts/renewals', renewalsPageSchema, {
    query: { withinDays, sort, limit: RENEWALS_PAGE_SIZE, cursor },
    signal,
  });
}

export const renewalsQueryOptions = (query: RenewalsQuery) =>
  infiniteQueryOptions({
    queryKey: [...contractsQueryKeyRoot, 'renewals', { withinDays: query.withinDays, sort: query.sort }],
    queryFn: ({ pageParam, signal }) => listRenewals({ ...query, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

/** What renews within the window, soonest (or biggest) first, with each account's health band. */
export function useRenewals(query: RenewalsQuery) {
  return useInfiniteQuery({ ...renewalsQueryOptions(query), placeholderData: (previous) => previous });
}
