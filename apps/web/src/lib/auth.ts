import { type Me, meSchema } from '@success/shared/auth';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { api, isApiError } from '@/lib/api-client';

/** The signed-in user, or null when there is no session (401). */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get('/v3/rest/auth/me', meSchema);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryKey = ['me'] as const;

export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 30_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

/**
 * The signed-in user inside the authenticated part of the app. The live query wins; the user the
 * route guard loaded covers the moment between sign-out clearing the cache and leaving the page.
 */
export function useCurrentUser(): Me {
  const { data } = useMe();
  const { me } = useRouteContext({ from: '/_authenticated' });
  return data ?? me;
}

export function isSuccessEnabled(me: Me): boolean {
  return me.flags.success === true;
}
