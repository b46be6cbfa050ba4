import { feedItemSchema, type FeedType } from '@success/shared/customers';
import { pageSchema } from '@success/shared/pagination';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { customerQueryKey } from '@/lib/query-keys';

const feedPageSchema = pageSchema(feedItemSchema);

export const ACTIVITY_PAGE_SIZE = 25;

export function getActivity({
  domain,
  types,
  cursor,
  signal,
}: {
  domain: string;
  types: readonly FeedType[];
  cursor?: string | null;
  signal?: AbortSignal;
}) {
  return api.get(`/v3/rest/success/customers/${encodeURIComponent(domain)}/activity`, feedPageSchema, {
    query: { types: types.length > 0 ? types.join(',') : undefined, limit: ACTIVITY_PAGE_SIZE, cursor },
    signal,
  });
}

/** The account timeline, newest first; `types` empty means every type. */
export const activityQueryOptions = (domain: string, types: readonly FeedType[]) =>
  infiniteQueryOptions({
    queryKey: [...customerQueryKey(domain), 'activity', types.join(',')],
    queryFn: ({ pageParam, signal }) => getActivity({ domain, types, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export function useActivity(domain: string, types: readonly FeedType[]) {
  return useInfiniteQuery(activityQueryOptions(domain, types));
}
