import type { Route } from '@success/shared/routing';
import { Link } from '@tanstack/react-router';
import { ArrowRight, Check, X } from 'lucide-react';
import { ErrorAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { paths } from '@/config/paths';
import { getSectionLabel } from '@/config/sections';
import { formatDateTime, formatRelativeTime } from '@/lib/format';
import { useResolveRoute, type RouteResolution } from '../api/resolve-route';
import { RoutedBadge } from '@/components/routing/routed-badge';
import { SectionIcon } from '@/components/routing/section-icon';

/** Who routed the account and when; routes made before creators were recorded show only the time. */
function RouteMeta({ route }: { route: Route }) {
  return (
    <p className="text-xs text-slate-500">
      {route.createdBy ? (
        <>
          Routed by{' '}
          <span className="font-medium text-slate-700" data-testid="route-created-by">
            {route.createdBy}
          </span>{' '}
          ·{' '}
        </>
      ) : null}
      <time dateTime={route.createdAt} title={formatDateTime(route.createdAt)}>
        {formatRelativeTime(route.createdAt)}
      </time>
    </p>
  );
}

function ResolveButtons({
  route,
  label,
  canEdit,
  onResolved,
}: {
  route: Route;
  /** Names the route in the buttons' accessible names, e.g. "route to Convert". */
  label: string;
  canEdit: boolean;
  onResolved: (route: Route, state: RouteResolution) => void;
}) {
  const resolve = useResolveRoute();
  const pendingState = resolve.isPending ? resolve.variables.state : null;
  // The row unmounts when the refreshed list no longer has the route, so the outcome is reported
  // through the promise (a mutate() callback would be dropped with the row); errors show below.
  const run = (state: RouteResolution) =>
    void resolve.mutateAsync({ route, state }).then(
      () => onResolved(route, state),
      () => undefined,
    );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-1.5">
        <Button
          variant="secondary"
          size="sm"
          icon={<Check className="size-3.5 text-emerald-600" aria-hidden="true" />}
          disabled={!canEdit || resolve.isPending}
          isLoading={pendingState === 'done'}
          aria-label={`Mark done: ${label}`}
          title={canEdit ? undefined : 'Viewers cannot resolve routes'}
          onClick={() => run('done')}
        >
          Mark done
        </Button>
        <Button
          variant="ghost"
          size="sm"
          icon={<X className="size-3.5" aria-hidden="true" />}
          disabled={!canEdit || resolve.isPending}
          isLoading={pendingState === 'dismissed'}
          aria-label={`Dismiss: ${label}`}
          title={canEdit ? undefined : 'Viewers cannot resolve routes'}
          onClick={() => run('dismissed')}
        >
          Dismiss
        </Button>
      </div>
      {resolve.isError ? <ErrorAlert title="Could not update the route" error={resolve.error} /> : null}
    </div>
  );
}

/** One open route of an account: where it goes, why, and done / dismiss. */
export function AccountRouteItem({
  route,
  canEdit,
  onResolved,
}: {
  route: Route;
  canEdit: boolean;
  onResolved: (route: Route, state: RouteResolution) => void;
}) {
  return (
    <li className="py-3 first:pt-0 last:pb-0" data-testid="open-route" data-to={route.to}>
      <div className="flex items-center gap-1.5 text-xs">
        <Badge tone="neutral">
          <SectionIcon section={route.from} className="size-3" />
          {getSectionLabel(route.from)}
        </Badge>
        <ArrowRight className="size-3.5 text-slate-400" aria-hidden="true" />
        <span className="sr-only">to</span>
        <Badge tone="indigo">
          <SectionIcon section={route.to} className="size-3" />
          {getSectionLabel(route.to)}
        </Badge>
      </div>
      <p className="mt-1.5 text-sm whitespace-pre-line text-slate-800">{route.reason}</p>
      <div className="mt-1.5 flex flex-wrap items-start justify-between gap-2">
        <RouteMeta route={route} />
        <ResolveButtons
          route={route}
          label={`route to ${getSectionLabel(route.to)}`}
          canEdit={canEdit}
          onResolved={onResolved}
        />
      </div>
    </li>
  );
}

/** One open route into a section's queue: the account, where it came from, why, and done / dismiss. */
export function IncomingRouteItem({
  route,
  canEdit,
  onResolved,
}: {
  route: Route;
  canEdit: boolean;
  onResolved: (route: Route, state: RouteResolution) => void;
}) {
  return (
    <li
      className="flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3"
      data-testid="incoming-route"
      data-domain={route.account.domain}
    >
      <LetterAvatar name={route.account.name} size="md" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            to={paths.success.customer.path}
            params={{ companyDomain: route.account.domain }}
            search={{ from: route.to }}
            className="rounded-sm font-medium text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {route.account.name}
          </Link>
          <RoutedBadge from={route.from} />
          <span className="text-xs text-slate-500">{route.account.domain}</span>
        </div>
        <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{route.reason}</p>
        <div className="mt-1">
          <RouteMeta route={route} />
        </div>
      </div>
      <ResolveButtons
        route={route}
        label={`${route.account.name} from ${getSectionLabel(route.from)}`}
        canEdit={canEdit}
        onResolved={onResolved}
      />
    </li>
  );
}
