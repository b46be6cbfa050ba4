import { type Route, routeSchema } from '@success/shared/routing';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueryKey } from '@/lib/query-keys';
import { api } from '@/lib/api-client';
import { routesQueryKeyRoot } from './list-routes';

export type RouteResolution = 'done' | 'dismissed';

export function resolveRoute({ id, state }: { id: string; state: RouteResolution }) {
  return api.patch(`/v3/rest/success/routes/${encodeURIComponent(id)}`, routeSchema, { state });
}

/**
 * Marks a route done or dismisses it. The lists refetch either way: a 409 means someone else
 * already resolved it, and the fresh list shows that.
 */
export function useResolveRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { route: Route; state: RouteResolution }) =>
      resolveRoute({ id: input.route.id, state: input.state }),
    onSettled: async (_data, _error, { route }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: routesQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: customerQueryKey(route.account.domain) }),
      ]);
    },
  });
}
