import type { Section } from '@success/shared/sections';
import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { getSectionLabel } from '@/config/sections';
import { useRoutes } from '../api/list-routes';
import { describeResolution } from './open-routes';
import { IncomingRouteItem } from './route-list-item';

/**
 * Open routes whose destination is `section`, above that section's queue. Hidden while there is
 * nothing waiting, so an empty inbox costs no space.
 */
export function RoutedHere({ section, canEdit }: { section: Section; canEdit: boolean }) {
  const query = useRoutes({ to: section, state: 'open' });
  const [notice, setNotice] = useState<string | null>(null);
  const routes = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return null;
  if (query.isError && routes.length === 0) {
    return (
      <ErrorAlert
        className="mb-4"
        title="Could not load the accounts routed here"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (routes.length === 0 && !notice) return null;

  const headingId = `routed-here-${section}`;
  return (
    <section
      aria-labelledby={headingId}
      className="mb-4 overflow-hidden rounded-lg border border-indigo-200 bg-white shadow-xs"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-indigo-100 bg-indigo-50/60 px-4 py-2.5">
        <Inbox className="size-4 text-indigo-600" aria-hidden="true" />
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          Routed here
        </h2>
        {routes.length > 0 ? (
          <Badge tone="indigo">
            {routes.length}
            {query.hasNextPage ? '+' : ''}
          </Badge>
        ) : null}
        <p className="text-xs text-slate-600">
          Accounts other sections sent to {getSectionLabel(section)}, waiting for someone to pick them up.
        </p>
        <p className="ml-auto text-xs font-medium text-emerald-700" aria-live="polite">
          {notice}
        </p>
      </div>
      {routes.length > 0 ? (
        <ul className="divide-y divide-slate-100" aria-label={`Routed to ${getSectionLabel(section)}`}>
          {routes.map((route) => (
            <IncomingRouteItem
              key={route.id}
              route={route}
              canEdit={canEdit}
              onResolved={(r, state) => setNotice(describeResolution(r, state))}
            />
          ))}
        </ul>
      ) : (
        <p className="px-4 py-3 text-sm text-slate-500">Nothing else is waiting.</p>
      )}
      {query.hasNextPage ? (
        <div className="border-t border-slate-100 px-4 py-2">
          <Button
            variant="secondary"
            size="sm"
            isLoading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Load more
          </Button>
        </div>
      ) : null}
    </section>
  );
}
