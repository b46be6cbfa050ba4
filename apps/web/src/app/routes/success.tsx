import { createRoute, Outlet, redirect } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { isSuccessEnabled } from '@/lib/auth';
import { shellRoute } from './shell';

/** /success/*: gated by the workspace's `success` feature flag. */
export const successRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: 'success',
  beforeLoad: ({ context }) => {
    if (!isSuccessEnabled(context.me)) throw redirect({ to: paths.unlock.path, replace: true });
  },
  component: Outlet,
});

export const successIndexRoute = createRoute({
  getParentRoute: () => successRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: paths.success.health.path, replace: true });
  },
});

/** The spec's old name for Close the Loop. */
export const releasesRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'releases',
  beforeLoad: () => {
    throw redirect({ to: paths.success.closeTheLoop.path, replace: true });
  },
});
