import { createRoute, redirect } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { meQueryOptions } from '@/lib/auth';
import { AuthenticatedLayout } from '../layouts/authenticated-layout';
import { rootRoute } from './root';

/** Pathless layout: everything below needs a session. */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => {
    // fetchQuery refetches when the cached user is stale or was invalidated (flag or demo changes).
    const me = await context.queryClient.fetchQuery(meQueryOptions());
    if (!me) throw redirect({ to: paths.login.path, search: { redirect: location.href } });
    return { me };
  },
  component: AuthenticatedLayout,
});
