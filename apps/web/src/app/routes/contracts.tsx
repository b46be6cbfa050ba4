import type { LedgerRow } from '@success/shared/ledger';
import type { Route } from '@success/shared/routing';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { CalendarClock, Check, ListOrdered } from 'lucide-react';
import { useCallback, useId, useState } from 'react';
import { RoutedStrip } from '@/components/routing/routed-strip';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { useCurrentUser } from '@/lib/auth';
import { ContractSheet } from '@/features/contracts/components/contract-sheet';
import { ContractsTotals } from '@/features/contracts/components/contracts-totals';
import { CurrencyRatesButton } from '@/features/contracts/components/currency-rates-dialog';
import { LedgerSettingsButton } from '@/features/contracts/components/ledger-settings-dialog';
import { LedgerFiltersBar } from '@/features/contracts/components/ledger-filters';
import { LedgerView } from '@/features/contracts/components/ledger-view';
import { MovementsChart } from '@/features/contracts/components/movements-chart';
import { RenewalsView } from '@/features/contracts/components/renewals-view';
import {
  DEFAULT_MOVEMENT_PERIOD,
  DEFAULT_RENEWALS_WINDOW,
  emptyLedgerFilters,
  filtersToSearch,
  getLedgerFilters,
  getLedgerSort,
  nextSort,
  parseContractsSearch,
  type ContractsSearch,
  type ContractView,
  type LedgerFilters,
} from '@/features/contracts/filters';
import { EnableDemoButton } from '@/features/demo/components/enable-demo-button';
import { PreviewDemoButton } from '@/features/demo/components/preview-demo-button';
import { RouteDialog, type RouteTarget } from '@/features/routing/components/route-dialog';
import { RouteMenu } from '@/features/routing/components/route-menu';
import { RoutedHere } from '@/features/routing/components/routed-here';
import { useReadiness } from '@/features/sections/api/get-readiness';
import { ReadinessPanel } from '@/features/sections/components/readiness-panel';
import { sectionContent } from '@/features/sections/section-content';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { cn } from '@/lib/cn';
import { canEdit, isAdmin } from '@/lib/roles';
import { successRoute } from './success';

export const contractsRoute = createRoute({
  getParentRoute: () => successRoute,
  path: 'contracts',
  validateSearch: (search: Record<string, unknown>): ContractsSearch => parseContractsSearch(search),
  component: ContractsPage,
});

const content = sectionContent.contracts;

/** Nothing to show until Stripe or Salesbricks is connected (or demo data is on): what Contracts needs and does. */
function ContractsSetup({ isEditor }: { isEditor: boolean }) {
  return (
    <div className="space-y-5">
      <PageHeader title={content.title} description={content.tagline} />
      <RoutedHere section="contracts" canEdit={isEditor} />
      <ReadinessPanel section="contracts" title={content.title} demoAction={<PreviewDemoButton />} />
      <Card className="px-5 py-4">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">What Contracts does</h2>
        <ul className="mt-3 grid gap-2 md:grid-cols-3">
          {content.willDo.map((item) => (
            <li key={item} className="flex gap-2 text-sm text-slate-700">
              <Check className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden="true" />
              {item}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

const views: { key: ContractView; label: string; icon: typeof ListOrdered }[] = [
  { key: 'ledger', label: 'Ledger', icon: ListOrdered },
  { key: 'renewals', label: 'Renewals', icon: CalendarClock },
];

function ViewTabs({
  value,
  onChange,
  panelId,
}: {
  value: ContractView;
  onChange: (view: ContractView) => void;
  panelId: string;
}) {
  return (
    <div role="tablist" aria-label="Contracts view" className="inline-flex rounded-lg bg-slate-100 p-1">
      {views.map((view) => {
        const Icon = view.icon;
        const isSelected = value === view.key;
        return (
          <button
            key={view.key}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onChange(view.key)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              event.preventDefault();
              const other = views.find((item) => item.key !== value);
              if (other) onChange(other.key);
            }}
            className={cn(
              'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
              isSelected ? 'bg-white text-slate-900 shadow-xs' : 'text-slate-600 hover:text-slate-900',
            )}
          >
            <Icon className="size-4" aria-hidden="true" />
            {view.label}
          </button>
        );
      })}
    </div>
  );
}

function ContractsPage() {
  useDocumentTitle('Contracts');
  const me = useCurrentUser();
  const readiness = useReadiness('contracts');
  const isEditor = canEdit(me.user.role);

  // Demo data always has a ledger; otherwise the ledger needs Stripe or Salesbricks connected.
  if (!me.workspace.isDemoModeEnabled) {
    if (readiness.isPending) {
      return (
        <div>
          <PageHeader title={content.title} description={content.tagline} />
          <span className="sr-only">Loading Contracts…</span>
          <Skeleton className="h-48 w-full rounded-lg" />
        </div>
      );
    }
    if (readiness.isError || !readiness.data.isReady) return <ContractsSetup isEditor={isEditor} />;
  }
  return <ContractsWorkspace isEditor={isEditor} isAdmin={isAdmin(me.user.role)} />;
}

function ContractsWorkspace({ isEditor, isAdmin: admin }: { isEditor: boolean; isAdmin: boolean }) {
  const search = contractsRoute.useSearch();
  const navigate = useNavigate({ from: contractsRoute.fullPath });
  const panelId = useId();
  const [routing, setRouting] = useState<RouteTarget | null>(null);
  const [routed, setRouted] = useState<Route | null>(null);

  const view: ContractView = search.view ?? 'ledger';
  const filters = getLedgerFilters(search);
  const sort = getLedgerSort(search);

  const setSearch = useCallback(
    (patch: Partial<ContractsSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true, resetScroll: false }),
    [navigate],
  );
  const setFilters = (patch: Partial<LedgerFilters>) => setSearch(filtersToSearch({ ...filters, ...patch }));
  const clearFilters = () => setSearch(filtersToSearch(emptyLedgerFilters));
  // Stable, so the virtualized tables keep their columns between renders.
  const openRow = useCallback((row: LedgerRow) => setSearch({ contract: row.id }), [setSearch]);

  const rowActions = useCallback(
    (row: LedgerRow) =>
      row.account ? (
        <RouteMenu
          accountName={row.account.name}
          from="contracts"
          disabled={!isEditor}
          disabledHint="Viewers cannot route accounts"
          onSelect={(to) =>
            row.account &&
            setRouting({ account: { domain: row.account.domain, name: row.account.name }, from: 'contracts', to })
          }
        />
      ) : null,
    [isEditor],
  );

  return (
    <div>
      <PageHeader
        title="Contracts"
        description="One ledger of every Salesbricks contract and Stripe subscription: MRR, ARR, renewal dates, payment state and how the two sources reconcile."
        actions={
          <div className="flex gap-2">
            <LedgerSettingsButton isAdmin={admin} />
            <CurrencyRatesButton isAdmin={admin} />
          </div>
        }
      />
      <RoutedHere section="contracts" canEdit={isEditor} />
      <RoutedStrip route={routed} onDismiss={() => setRouted(null)} />
      <ContractsTotals />
      <div className="mt-6 mb-4">
        <ViewTabs
          value={view}
          onChange={(next) => setSearch({ view: next === 'ledger' ? undefined : next })}
          panelId={panelId}
        />
      </div>
      <div id={panelId} role="tabpanel" aria-label={view === 'ledger' ? 'Ledger' : 'Renewals'} className="space-y-5">
        {view === 'ledger' ? (
          <>
            <MovementsChart
              period={search.period ?? DEFAULT_MOVEMENT_PERIOD}
              onPeriodChange={(period) =>
                setSearch({ period: period === DEFAULT_MOVEMENT_PERIOD ? undefined : period })
              }
            />
            <LedgerView
              filters={filters}
              sort={sort}
              filterBar={<LedgerFiltersBar filters={filters} onChange={setFilters} onClear={clearFilters} />}
              onSortChange={(key) => setSearch(nextSort(sort, key))}
              onClearFilters={clearFilters}
              onOpenRow={openRow}
              selectedId={search.contract}
              rowActions={rowActions}
              emptyStateActions={isEditor ? <EnableDemoButton /> : null}
            />
          </>
        ) : (
          <RenewalsView
            withinDays={search.withinDays ?? DEFAULT_RENEWALS_WINDOW}
            sort={search.renewalsSort ?? 'date'}
            onWithinDaysChange={(withinDays) => setSearch({ withinDays })}
            onSortChange={(renewalsSort) => setSearch({ renewalsSort })}
            onOpenRow={openRow}
            selectedId={search.contract}
            rowActions={rowActions}
          />
        )}
      </div>
      <ContractSheet
        id={search.contract ?? null}
        onClose={() => setSearch({ contract: undefined })}
        canEdit={isEditor}
      />
      <RouteDialog target={routing} onClose={() => setRouting(null)} onRouted={setRouted} />
    </div>
  );
}
