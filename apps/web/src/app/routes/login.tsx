import { createRoute, redirect, useRouter } from '@tanstack/react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { meQueryOptions } from '@/lib/auth';
import { LoginForm } from '@/features/auth/components/login-form';
import { getSafeRedirect } from '@/lib/safe-redirect';
import { rootRoute } from './root';

type LoginSearch = { redirect?: string };

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => {
    const target = getSafeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context, search }) => {
    // Already signed in: skip the form.
    const me = await context.queryClient.ensureQueryData(meQueryOptions());
    if (me) throw redirect({ href: search.redirect ?? paths.success.root.path });
  },
  component: LoginPage,
});

function LoginPage() {
  const router = useRouter();
  const { redirect: target } = loginRoute.useSearch();
  return (
    <AuthLayout title="Sign in" description="Sign in to your Success workspace.">
      <LoginForm onSuccess={() => void router.navigate({ href: target ?? paths.success.root.path, replace: true })} />
    </AuthLayout>
  );
}
