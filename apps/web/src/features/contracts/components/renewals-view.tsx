import type { LedgerRow } from '@success/shared/ledger';
import { createColumnHelper } from '@tanstack/react-table';
import { CalendarCheck } from 'lucide-react';
import { useMemo } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { cn } from '@/lib/cn';
import { formatCount, formatMoney } from '@/lib/format';
import { useRenewals } from '../api/list-renewals';
import { renewalWindows, type RenewalSortKey, type RenewalWindow } from '../filters';
import { healthStateLabels } from '@/lib/health-labels';
import { PaymentCell, SourceBadges } from '@/components/ledger/contract-badges';
import { AccountProductCell, MoneyCell, RenewalDateCell } from './ledger-cells';
import { LedgerGrid } from './ledger-grid';
import type { LedgerRowActions } from './ledger-view';

const columnHelper = createColumnHelper<LedgerRow>();

type Band = NonNullable<LedgerRow['healthBand']>;
const bandTones: Record<Band, BadgeTone> = {
  healthy: 'green',
  at_risk: 'amber',
  critical: 'red',
  not_enough_data: 'neutral',
  churned: 'neutral',
};

function HealthBandBadge({ band }: { band: LedgerRow['healthBand'] }) {
  if (!band) return <span className="text-slate-500">Not scored</span>;
  return (
    <Badge tone={bandTones[band]} data-testid="health-band" data-band={band}>
      {healthStateLabels[band]}
    </Badge>
  );
}

const sortKeys: Partial<Record<string, RenewalSortKey>> = { renewal: 'date', arr: 'arr' };
const columnWidths = ['28%', '16%', '14%', '12%', '16%', '14%'];
const columnWidthsWithActions = ['25%', '14%', '13%', '11%', '14%', '12%', '11%'];

function WindowToggle({ value, onChange }: { value: RenewalWindow; onChange: (days: RenewalWindow) => void }) {
  return (
    <div role="group" aria-label="Renewing within" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {renewalWindows.map((days) => (
        <button
          key={days}
          type="button"
          aria-pressed={value === days}
          onClick={() => onChange(days)}
          className={cn(
            'rounded px-2.5 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600',
            value === days ? 'bg-white text-slate-900 shadow-xs' : 'text-slate-600 hover:text-slate-900',
          )}
        >
          {days} days
        </button>
      ))}
    </div>
  );
}

/** What renews in the next 30/60/90/180 days, with ARR, health band and payment state. */
export function RenewalsView({
  withinDays,
  sort,
  onWithinDaysChange,
  onSortChange,
  onOpenRow,
  selectedId,
  rowActions,
}: {
  withinDays: RenewalWindow;
  sort: RenewalSortKey;
  onWithinDaysChange: (days: RenewalWindow) => void;
  onSortChange: (sort: RenewalSortKey) => void;
  onOpenRow: (row: LedgerRow) => void;
  selectedId?: string;
  rowActions?: LedgerRowActions;
}) {
  const query = useRenewals({ withinDays, sort });
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);

  const columns = useMemo(() => {
    const base = [
      columnHelper.display({
        id: 'account',
        header: 'Account',
        cell: ({ row }) => <AccountProductCell row={row.original} onOpen={onOpenRow} />,
      }),
      columnHelper.display({
        id: 'renewal',
        header: 'Renewal',
        cell: ({ row }) => <RenewalDateCell row={row.original} />,
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
        id: 'health',
        header: 'Health',
        cell: ({ row }) => <HealthBandBadge band={row.original.healthBand} />,
      }),
      columnHelper.display({ id: 'payment', header: 'Payment', cell: ({ row }) => <PaymentCell row={row.original} /> }),
      columnHelper.display({
        id: 'source',
        header: 'Source',
        cell: ({ row }) => <SourceBadges sources={row.original.sources} />,
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

  // The loaded rows' ARR, counted only when every page is in (otherwise it would undercount).
  const renewingArr = useMemo(() => {
    const counted = rows.filter((row) => !row.isIgnoredFromArr);
    const currency = counted[0]?.reportingArr.currency;
    if (!currency || counted.some((row) => row.reportingArr.currency !== currency)) return null;
    return { amount: counted.reduce((sum, row) => sum + row.reportingArr.amount, 0), currency };
  }, [rows]);

  const empty = (
    <EmptyState icon={CalendarCheck} title={`Nothing renews in the next ${withinDays} days`}>
      {withinDays < 180
        ? 'Pick a longer window to look further ahead.'
        : 'No contract or subscription has a renewal date in the next six months.'}
    </EmptyState>
  );

  const table = (
    <LedgerGrid
      rows={rows}
      columns={columns}
      columnWidths={rowActions ? columnWidthsWithActions : columnWidths}
      sortKeys={sortKeys}
      sort={{ sort, order: sort === 'date' ? 'asc' : 'desc' }}
      onSortChange={onSortChange}
      onOpenRow={onOpenRow}
      selectedId={selectedId}
      label={`Renewals in the next ${withinDays} days`}
      states={{
        isLoading: query.isPending,
        loadingLabel: 'Loading renewals…',
        error: query.isError ? query.error : undefined,
        errorTitle: 'Could not load renewals',
        onRetry: () => void query.refetch(),
        empty,
        loadMore: {
          query,
          loaded: rows.length,
          noun: 'renewal',
          summary: `${formatCount(rows.length, 'renewal')}${renewingArr ? `, ${formatMoney(renewingArr)} ARR` : ''}`,
          countProps: { 'data-testid': 'renewals-count', 'data-count': rows.length },
        },
      }}
    />
  );

  return (
    <Card className="overflow-hidden">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <WindowToggle value={withinDays} onChange={onWithinDaysChange} />
          <p className="text-xs text-slate-500">Sort by renewal date or ARR with the column headers.</p>
        </div>
        {query.isFetching && !query.isPending && !query.isFetchingNextPage ? (
          <span className="text-xs text-slate-500" aria-live="polite">
            Updating…
          </span>
        ) : null}
      </div>
      <div aria-busy={query.isFetching}>{table}</div>
    </Card>
  );
}
