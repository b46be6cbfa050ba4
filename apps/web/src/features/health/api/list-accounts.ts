import { accountSummarySchema } from '@success/shared/accounts';
import { pageSchema } from '@success/shared/pagination';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { accountsQueryKeyRoot } from '@/lib/query-keys';
import { normalizeHealthSearch, toAccountQuery, type HealthSearch } from '../health-search';

const accountPageSchema = pageSchema(accountSummarySchema);

/** The Health queue's filters, sort and untracked toggle, as they are kept in the URL. */
export type AccountListFilters = HealthSearch;

export const ACCOUNT_PAGE_SIZE = 50;

/** Every cached Health list and summary lives under this key (tracking and ARR changes refresh both). */
export function listAccounts({
  filters,
  cursor,
  signal,
}: {
  filters: AccountListFilters;
  cursor?: string | null;
  signal?: AbortSignal;
}) {
  return api.get('/v3/rest/success/health', accountPageSchema, {
    query: { ...toAccountQuery(filters), limit: ACCOUNT_PAGE_SIZE, cursor },
    signal,
  });
}

export const accountsQueryOptions = (filters: AccountListFilters) =>
  infiniteQueryOptions({
    queryKey: [
      ...accountsQueryKeyRoot,
      'health',
      toAccountQuery(normalizeHealthSearch({ ...filters, q: filters.q?.trim() })),
    ],
    queryFn: ({ pageParam, signal }) => listAccounts({ filters, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export function useAccounts(filters: AccountListFilters) {
  return useInfiniteQuery({ ...accountsQueryOptions(filters), placeholderData: (previous) => previous });
}
