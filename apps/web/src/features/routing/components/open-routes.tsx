import type { Route } from '@success/shared/routing';
import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SectionCard } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { getSectionLabel } from '@/config/sections';
import { formatCount } from '@/lib/format';
import { useRoutes } from '../api/list-routes';
import type { RouteResolution } from '../api/resolve-route';
import { AccountRouteItem } from './route-list-item';

export function describeResolution(route: Route, state: RouteResolution): string {
  return state === 'done'
    ? `Route of ${route.account.name} to ${getSectionLabel(route.to)} marked done.`
    : `Route of ${route.account.name} to ${getSectionLabel(route.to)} dismissed.`;
}

/** The account's open routes on Customer Detail, each with done / dismiss. */
export function OpenRoutes({ domain, canEdit }: { domain: string; canEdit: boolean }) {
  const query = useRoutes({ companyDomain: domain, state: 'open' });
  const [notice, setNotice] = useState<string | null>(null);
  const routes = query.data?.pages.flatMap((page) => page.items) ?? [];

  let body;
  if (query.isPending) {
    body = (
      <div className="space-y-2" aria-hidden="true">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-4 w-full" />
      </div>
    );
  } else if (query.isError && routes.length === 0) {
    body = <ErrorAlert title="Could not load open routes" error={query.error} onRetry={() => void query.refetch()} />;
  } else if (routes.length === 0) {
    body = (
      <p className="text-sm text-slate-500">
        No open routes. Use the route bar above to send this account to another section.
      </p>
    );
  } else {
    body = (
      <>
        <ul className="divide-y divide-slate-100" aria-label="Open routes">
          {routes.map((route) => (
            <AccountRouteItem
              key={route.id}
              route={route}
              canEdit={canEdit}
              onResolved={(r, state) => setNotice(describeResolution(r, state))}
            />
          ))}
        </ul>
        {query.hasNextPage ? (
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            isLoading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Load more
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <SectionCard
      title="Open routes"
      description={
        query.isSuccess
          ? routes.length > 0
            ? `${formatCount(routes.length, 'open route')}${query.hasNextPage ? '+' : ''}`
            : 'None waiting'
          : undefined
      }
    >
      <p aria-live="polite" className={notice ? 'mb-3 text-xs font-medium text-emerald-700' : 'sr-only'}>
        {notice}
      </p>
      {body}
    </SectionCard>
  );
}
