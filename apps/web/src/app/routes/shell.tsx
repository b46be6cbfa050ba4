import { createRoute } from '@tanstack/react-router';
import { AppShell } from '../layouts/app-shell';
import { authenticatedRoute } from './authenticated';

export const shellRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  id: '_shell',
  component: AppShell,
});
