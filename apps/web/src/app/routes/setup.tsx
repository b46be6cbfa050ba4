import { createRoute, useNavigate } from '@tanstack/react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { SetupForm } from '@/features/auth/components/setup-form';
import { rootRoute } from './root';

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  component: SetupPage,
});

function SetupPage() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Set up your workspace" description="Create the workspace and its first admin account. This page is shown once.">
      <SetupForm onSuccess={() => void navigate({ to: paths.success.root.path, replace: true })} />
    </AuthLayout>
  );
}
