import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { meQueryKey } from '@/lib/auth';
import { isApiError } from '@/lib/api-client';
import { authenticatedRoute } from './routes/authenticated';
import { contractsRoute } from './routes/contracts';
import { customerRoute } from './routes/customer';
import { healthRoute } from './routes/health';
import { indexRoute } from './routes/index';
import { integrationsRoute } from './routes/integrations';
import { loginRoute } from './routes/login';
import { rootRoute } from './routes/root';
import { closeTheLoopRoute, convertRoute, pipelineRoute, reEngageRoute } from './routes/sections';
import { settingsIndexRoute, settingsRoute } from './routes/settings';
import { setupRoute } from './routes/setup';
import { shellRoute } from './routes/shell';
import { releasesRoute, successIndexRoute, successRoute } from './routes/success';
import { unlockRoute } from './routes/unlock';

const routeTree = rootRoute.addChildren([
  indexRoute,
  setupRoute,
  loginRoute,
  authenticatedRoute.addChildren([
    shellRoute.addChildren([
      unlockRoute,
      successRoute.addChildren([
        successIndexRoute,
        healthRoute,
        convertRoute,
        contractsRoute,
        pipelineRoute,
        reEngageRoute,
        closeTheLoopRoute,
        releasesRoute,
        customerRoute,
      ]),
      settingsRoute.addChildren([settingsIndexRoute, integrationsRoute]),
    ]),
  ]),
]);

/** Session or flag changes seen by any request send the user where they now belong. */
function handleGlobalError(error: unknown, queryKey?: readonly unknown[]) {
  if (!isApiError(error)) return;
  if (error.status === 401 && queryKey?.[0] !== meQueryKey[0]) {
    queryClient.setQueryData(meQueryKey, null);
    const { href, pathname } = router.state.location;
    if (pathname !== paths.login.path && pathname !== paths.setup.path) {
      void router.navigate({ to: paths.login.path, search: { redirect: href } });
    }
  }
  if (error.status === 403 && error.code === 'feature_disabled') {
    void queryClient.invalidateQueries({ queryKey: meQueryKey }).then(() => router.navigate({ to: paths.unlock.path, replace: true }));
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => handleGlobalError(error, query.queryKey) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      // A wrong password is a 401 too: the login form shows it instead.
      if (mutation.options.mutationKey?.[0] === 'login') return;
      handleGlobalError(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Client errors (4xx) will not fix themselves; retry only network and server errors.
      retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: true,
    },
  },
});

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Loaders read through TanStack Query, which owns caching.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  // Registration works only through interface merging.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: typeof router;
  }
}
