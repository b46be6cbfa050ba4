import { routeSchema } from '@success/shared/routing';
import { type Section } from '@success/shared/sections';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { customerQueryKey } from '@/lib/query-keys';
import { api } from '@/lib/api-client';
import { routesQueryKeyRoot } from './list-routes';

export type CreateRouteInput = { companyDomain: string; to: Section; from: Section; reason: string };

export function createRoute(input: CreateRouteInput) {
  return api.post('/v3/rest/success/routes', routeSchema, { ...input, reason: input.reason.trim() });
}

/** Routes an account; its open routes and its timeline (which records the move) refetch. */
export function useCreateRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRoute,
    onSuccess: async (route) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: routesQueryKeyRoot }),
        queryClient.invalidateQueries({ queryKey: customerQueryKey(route.account.domain) }),
      ]);
    },
  });
}
