import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Link, Outlet, redirect, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Compass, ServerCrash } from 'lucide-react';
import { ErrorAlert } from '@/components/ui/alert';
import { BrandMark } from '@/components/ui/brand-mark';
import { Button, buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { setupStatusQueryOptions } from '@/features/auth/api/get-setup-status';
import { useDocumentTitle } from '@/hooks/use-document-title';

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: async ({ context, location }) => {
    // First run: nothing but /setup exists until a workspace is created; afterwards /setup is gone.
    const { isSetupRequired } = await context.queryClient.ensureQueryData(setupStatusQueryOptions());
    const isSetupPage = location.pathname === paths.setup.path;
    if (isSetupRequired && !isSetupPage) throw redirect({ to: paths.setup.path });
    if (!isSetupRequired && isSetupPage) throw redirect({ to: paths.login.path, search: { redirect: undefined } });
  },
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RootErrorPage,
});

function CenteredPage({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center bg-slate-50 px-4">
      <BrandMark className="mb-6 size-9" />
      <div className="w-full max-w-lg rounded-xl border border-slate-200 bg-white shadow-sm">{children}</div>
    </main>
  );
}

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <CenteredPage>
      <EmptyState
        headingLevel={1}
        icon={Compass}
        title="Page not found"
        actions={
          <Link to={paths.success.root.path} className={buttonClasses()}>
            Go to Success
          </Link>
        }
      >
        There is no page at this address. It may have moved, or the link may be mistyped.
      </EmptyState>
    </CenteredPage>
  );
}

function RootErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  useDocumentTitle('Something went wrong');
  return (
    <CenteredPage>
      <EmptyState headingLevel={1} icon={ServerCrash} title="Success could not load">
        <div className="text-left">
          <ErrorAlert title="The app could not start this page" error={error} />
        </div>
      </EmptyState>
      <div className="-mt-6 flex justify-center pb-8">
        <Button
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Try again
        </Button>
      </div>
    </CenteredPage>
  );
}
