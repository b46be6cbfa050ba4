import type { LedgerRow } from '@success/shared/ledger';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from '@tanstack/react-router';
import { Download, FileSignature, Plug, SearchX, X } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { useContracts, type LedgerSort } from '../api/list-contracts';
import { countActiveFilters, getExportHref, type LedgerFilters, type LedgerSortKey } from '../filters';
import { formatInterval } from '@/lib/ledger-labels';
import { PaymentCell, ReconciliationBadge, SourceBadges, StatusBadge } from '@/components/ledger/contract-badges';
import { AccountProductCell, DateCell, MoneyCell, RenewalDateCell } from './ledger-cells';
import { LedgerGrid } from './ledger-grid';

const columnHelper = createColumnHelper<LedgerRow>();

const sortKeys: Partial<Record<string, LedgerSortKey>> = {
  account: 'account',
  status: 'status',
  mrr: 'mrr',
  arr: 'arr',
  start: 'start',
  renewal: 'renewal',
};

// Account (and product), source, status, MRR, ARR, start, renewal, payment, reconciled (, actions):
// they fit the page's widest content column (max-w-7xl) without scrolling sideways.
const columnWidths = ['17%', '9%', '9%', '10%', '11%', '9%', '11%', '12%', '12%'];
const columnWidthsWithActions = ['14%', '9%', '8%', '9%', '10%', '10%', '10%', '10%', '9%', '11%'];

/** Per-row actions (a "Route to" menu); keep the function stable (useCallback). */
export type LedgerRowActions = (row: LedgerRow) => ReactNode;

export function LedgerView({
  filters,
  sort,
  filterBar,
  onSortChange,
  onClearFilters,
  onOpenRow,
  selectedId,
  rowActions,
  emptyStateActions,
}: {
  filters: LedgerFilters;
  sort: LedgerSort;
  /** The filter controls (they live in the page, which owns the URL). */
  filterBar: ReactNode;
  onSortChange: (key: LedgerSortKey) => void;
  onClearFilters: () => void;
  onOpenRow: (row: LedgerRow) => void;
  selectedId?: string;
  rowActions?: LedgerRowActions;
  emptyStateActions?: ReactNode;
}) {
  const query = useContracts(filters, sort);
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const isFiltered = countActiveFilters(filters) > 0;

  const columns = useMemo(() => {
    const base = [
      columnHelper.display({
        id: 'account',
        header: 'Account',
        cell: ({ row }) => <AccountProductCell row={row.original} onOpen={onOpenRow} />,
      }),
      columnHelper.display({
        id: 'source',
        header: 'Source',
        cell: ({ row }) => <SourceBadges sources={row.original.sources} stacked />,
      }),
      columnHelper.display({
        id: 'status',
        header: 'Status',
        cell: ({ row }) => (
          <div className="leading-tight">
            <StatusBadge status={row.original.status} />
            <div className="mt-0.5 truncate text-xs text-slate-500" data-testid="interval">
              {formatInterval(row.original.billingInterval, row.original.intervalCount)}
            </div>
          </div>
        ),
      }),
      columnHelper.display({
        id: 'mrr',
        header: 'MRR',
        cell: ({ row }) => (
          <MoneyCell
            reporting={row.original.reportingMrr}
            original={row.original.mrr}
            testId="mrr-cell"
            isIgnored={row.original.isIgnoredFromArr}
          />
        ),
        meta: { align: 'right' },
      }),
      columnHelper.display({
        id: 'arr',
        header: 'ARR',
        cell: ({ row }) => (
          <MoneyCell
            reporting={row.original.reportingArr}
            original={row.original.arr}
            testId="arr-cell"
            isIgnored={row.original.isIgnoredFromArr}
          />
        ),
        meta: { align: 'right' },
      }),
      columnHelper.display({
        id: 'start',
        header: 'Start',
        cell: ({ row }) => <DateCell value={row.original.startDate} />,
      }),
      columnHelper.display({
        id: 'renewal',
        header: 'Renewal',
        cell: ({ row }) => <RenewalDateCell row={row.original} />,
      }),
      columnHelper.display({ id: 'payment', header: 'Payment', cell: ({ row }) => <PaymentCell row={row.original} /> }),
      columnHelper.display({
        id: 'reconciliation',
        header: 'Reconciled',
        cell: ({ row }) => <ReconciliationBadge row={row.original} />,
      }),
    ];
    return rowActions
      ? [
          ...base,
          columnHelper.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            cell: ({ row }) => rowActions(row.original),
            meta: { align: 'right' },
          }),
        ]
      : base;
  }, [onOpenRow, rowActions]);

  let empty: ReactNode;
  if (isFiltered) {
    empty = (
      <EmptyState
        icon={SearchX}
        title="No contracts match these filters"
        actions={
          <Button variant="secondary" icon={<X className="size-4" aria-hidden="true" />} onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      >
        Widen the renewal window, pick other sources or states, or clear the search.
      </EmptyState>
    );
  } else {
    empty = (
      <EmptyState
        icon={FileSignature}
        title="No contracts yet"
        actions={
          <>
            {emptyStateActions}
            <Link to={paths.settings.integrations.path} className={buttonClasses({ variant: 'secondary' })}>
              <Plug className="size-4" aria-hidden="true" />
              Go to Integrations
            </Link>
          </>
        }
      >
        The ledger fills in after the first Stripe or Salesbricks sync: every subscription and contract, merged per
        account.
      </EmptyState>
    );
  }

  const table = (
    <LedgerGrid
      rows={rows}
      columns={columns}
      columnWidths={rowActions ? columnWidthsWithActions : columnWidths}
      sortKeys={sortKeys}
      sort={sort}
      onSortChange={onSortChange}
      onOpenRow={onOpenRow}
      selectedId={selectedId}
      label="Contracts ledger"
      states={{
        isLoading: query.isPending,
        loadingLabel: 'Loading contracts…',
        error: query.isError ? query.error : undefined,
        errorTitle: 'Could not load the ledger',
        onRetry: () => void query.refetch(),
        empty,
        loadMore: {
          query,
          loaded: rows.length,
          noun: 'contract',
          countProps: { 'data-testid': 'ledger-count', 'data-count': rows.length, 'data-complete': !query.hasNextPage },
        },
      }}
    />
  );

  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 px-4 py-3">
        {filterBar}
        <div className="flex shrink-0 items-center gap-3">
          {query.isFetching && !query.isPending && !query.isFetchingNextPage ? (
            <span className="text-xs text-slate-500" aria-live="polite">
              Updating…
            </span>
          ) : null}
          <a
            href={getExportHref(filters, sort)}
            download
            className={buttonClasses({ variant: 'secondary', size: 'sm' })}
            data-testid="export-csv"
          >
            <Download className="size-3.5" aria-hidden="true" />
            Export CSV
          </a>
        </div>
      </div>
      <div aria-busy={query.isFetching}>{table}</div>
    </Card>
  );
}
