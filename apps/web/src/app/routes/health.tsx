import type { AccountSummary } from '@success/shared/accounts';
import type { Route } from '@success/shared/routing';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { RoutedStrip } from '@/components/routing/routed-strip';
import { PageHeader } from '@/components/ui/page-header';
import { AccountQueue } from '@/features/health/components/account-queue';
import { normalizeHealthSearch, parseHealthSearch, type HealthSearch } from '@/features/health/health-search';
import { useCurrentUser } from '@/lib/auth';
import { EnableDemoButton } from '@/features/demo/components/enable-demo-button';
import { HealthSummary } from '@/features/health/components/health-summary';
import { RouteDialog, type RouteTarget } from '@/features/routing/components/route-dialog';
import { RouteMenu } from '@/features/routing/components/route-menu';
import { RoutedHere } from '@/features/routing/components/routed-here';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { canEdit } from '@/lib/roles';
import { rememberSectionSearch } from '@/lib/section-return';
import { successRoute } from './success';

export const healthRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'health',
  // Search, band, renewal window, owner, source, payment state, sort and the untracked toggle (zod, see health-search.ts).
  validateSearch: (search: Record<string, unknown>): HealthSearch => parseHealthSearch(search),
  component: HealthPage,
});

function HealthPage() {
  useDocumentTitle('Health');
  const me = useCurrentUser();
  const isEditor = canEdit(me.user.role);
  const search = healthRoute.useSearch();
  const navigate = useNavigate({ from: healthRoute.fullPath });
  // "Back to Health" on Customer Detail returns to this view, filters and sort included.
  useEffect(() => rememberSectionSearch('health', search), [search]);
  const [routing, setRouting] = useState<RouteTarget | null>(null);
  const [routed, setRouted] = useState<Route | null>(null);
  const setFilters = useCallback(
    (patch: Partial<HealthSearch>) =>
      void navigate({
        search: (prev) => normalizeHealthSearch({ ...prev, ...patch }),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  );

  // Stable, so the virtualized table keeps its columns between renders.
  const rowActions = useCallback(
    (account: AccountSummary) => (
      <RouteMenu
        accountName={account.name}
        from="health"
        disabled={!isEditor}
        disabledHint="Viewers cannot route accounts"
        onSelect={(to) => setRouting({ account: { domain: account.domain, name: account.name }, from: 'health', to })}
      />
    ),
    [isEditor],
  );

  return (
    <div>
      <PageHeader
        title="Health"
        description="Your renewal and risk queue: health bands, ARR exposure, renewal pressure and payment state, with the factors behind every score."
      />
      <HealthSummary
        band={search.band}
        onBandChange={(band) => setFilters({ band })}
        renewalWithinDays={search.renewalWithinDays}
        onRenewalChange={(renewalWithinDays) => setFilters({ renewalWithinDays })}
      />
      <RoutedHere section="health" canEdit={isEditor} />
      <RoutedStrip route={routed} onDismiss={() => setRouted(null)} />
      <AccountQueue
        filters={search}
        onFiltersChange={setFilters}
        emptyStateActions={isEditor ? <EnableDemoButton /> : null}
        rowActions={rowActions}
      />
      <RouteDialog target={routing} onClose={() => setRouting(null)} onRouted={setRouted} />
    </div>
  );
}
