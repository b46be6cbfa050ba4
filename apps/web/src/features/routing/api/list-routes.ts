import { pageSchema } from '@success/shared/pagination';
import { type Route, routeSchema } from '@success/shared/routing';
import { type Section } from '@success/shared/sections';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

const routePageSchema = pageSchema(routeSchema);

export const ROUTE_PAGE_SIZE = 20;

export const routesQueryKeyRoot = ['routes'] as const;

export type RouteListFilters = { to?: Section; state?: Route['state']; companyDomain?: string };

export function listRoutes({
  to,
  state,
  companyDomain,
  cursor,
  signal,
}: RouteListFilters & { cursor?: string | null; signal?: AbortSignal }) {
  return api.get('/v3/rest/success/routes', routePageSchema, {
    query: { to, state, companyDomain, limit: ROUTE_PAGE_SIZE, cursor },
    signal,
  });
}

/** Routes, newest first, by destination, state and/or account. */
export const routesQueryOptions = (filters: RouteListFilters) =>
  infiniteQueryOptions({
    queryKey: [
      ...routesQueryKeyRoot,
      { to: filters.to ?? null, state: filters.state ?? null, companyDomain: filters.companyDomain ?? null },
    ],
    queryFn: ({ pageParam, signal }) => listRoutes({ ...filters, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export function useRoutes(filters: RouteListFilters) {
  return useInfiniteQuery(routesQueryOptions(filters));
}
