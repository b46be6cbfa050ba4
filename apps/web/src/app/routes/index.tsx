import { createRoute, redirect } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { rootRoute } from './root';

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: paths.success.root.path });
  },
});
