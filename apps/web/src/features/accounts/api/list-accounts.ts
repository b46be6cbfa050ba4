import { accountSummarySchema, pageSchema } from '@success/shared/api';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

const accountPageSchema = pageSchema(accountSummarySchema);

export type AccountListFilters = { q?: string; includeUntracked: boolean };

export const ACCOUNT_PAGE_SIZE = 50;

export function listAccounts({ q, includeUntracked, cursor, signal }: AccountListFilters & { cursor?: string | null; signal?: AbortSignal }) {
  return api.get('/v3/rest/success/health', accountPageSchema, {
    query: { q: q?.trim() || undefined, includeUntracked: includeUntracked ? 'true' : 'false', limit: ACCOUNT_PAGE_SIZE, cursor },
    signal,
  });
}

export const accountsQueryOptions = (filters: AccountListFilters) =>
  infiniteQueryOptions({
    queryKey: ['accounts', 'health', { q: filters.q?.trim() ?? '', includeUntracked: filters.includeUntracked }],
    queryFn: ({ pageParam, signal }) => listAccounts({ ...filters, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export function useAccounts(filters: AccountListFilters) {
  return useInfiniteQuery({ ...accountsQueryOptions(filters), placeholderData: (previous) => previous });
}
