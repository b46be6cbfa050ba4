import type { AccountSortKey, AccountSummary } from '@success/shared/accounts';
import { Link, useNavigate } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { CircleOff } from 'lucide-react';
import { useMemo, useRef, type ReactNode } from 'react';
import { DataTable, type DataTableStates } from '@/components/ui/data-table';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { paths } from '@/config/paths';
import { PaymentStateBadge } from '@/components/ledger/contract-badges';
import { EmptyScoreDial, ScoreDial } from '@/features/health/components/score-dial';
import { cn } from '@/lib/cn';
import {
  formatCoverage,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPoints,
  formatRelativeTime,
} from '@/lib/format';
import { healthStateLabels } from '@/lib/health-labels';
import type { SortOrder } from '../health-search';
import { useElementWidth } from '../hooks/use-element-width';
import {
  columnIds,
  columnWidths,
  isColumnShown,
  minNameWidth,
  nameWidth,
  tableLayoutFor,
  type ColumnId,
  type TableLayout,
} from '../table-layout';
import { BandBadge, RevenueSourceBadge } from '@/components/account/account-badges';
import { TrackingBadge } from '@/components/account/lifecycle-badge';
import { RenewalCell } from '../../../components/account/renewal-cell';

const columnHelper = createColumnHelper<AccountSummary>();

const muted = <span className="text-slate-400">—</span>;

/** A payment state worth a glance (not "OK" or "no billing"), shown under the band when the Payment column is hidden. */
const isPaymentProblem = (state: AccountSummary['paymentState']) => state !== 'ok' && state !== 'none';

/** Score, or for a churned account the mark that it is no longer scored. */
function ScoreCell({ account }: { account: AccountSummary }) {
  if (account.churn) {
    return (
      <span
        role="img"
        aria-label="Churned: not scored"
        title="Churned: not scored"
        data-testid="score-dial"
        className="inline-flex size-8 shrink-0 items-center justify-center text-slate-400"
      >
        <CircleOff className="size-5" aria-hidden="true" />
      </span>
    );
  }
  const health = account.health;
  if (!health) return <EmptyScoreDial />;
  return (
    <ScoreDial score={health.score} label={`Health score ${health.score} of 100, ${healthStateLabels[health.band]}`} />
  );
}

/** The band, "Not enough data", or the churn: its date and the MRR the account paid before. */
function StateCell({ account, showPayment }: { account: AccountSummary; showPayment: boolean }) {
  const { churn, health } = account;
  let state: ReactNode;
  if (churn) {
    state = (
      <div className="space-y-0.5 leading-tight">
        <BandBadge band="churned" />
        <div className="text-xs text-slate-600">
          <time dateTime={churn.churnedAt} data-testid="churn-date">
            {formatDate(churn.churnedAt)}
          </time>
        </div>
        <div className="text-xs text-slate-500" data-testid="churn-last-mrr" data-amount={churn.lastMrr?.amount}>
          {churn.lastMrr ? `Last MRR ${formatMoney(churn.lastMrr, { compact: true })}` : 'Last MRR unknown'}
        </div>
      </div>
    );
  } else if (health) {
    state = (
      <div
        className="leading-tight"
        title={health.coverage === null ? undefined : `Input coverage ${formatCoverage(health.coverage)}`}
      >
        <BandBadge band={health.band} />
      </div>
    );
  } else {
    state = <span className="text-xs text-slate-400">Not scored</span>;
  }
  return (
    <div className="space-y-1">
      {state}
      {showPayment && isPaymentProblem(account.paymentState) ? (
        <PaymentStateBadge state={account.paymentState} />
      ) : null}
    </div>
  );
}

function NameCell({ account, showOwner }: { account: AccountSummary; showOwner: boolean }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      <LetterAvatar name={account.name} src={account.logoUrl} />
      <div className="min-w-0 flex-1">
        {/* The name never truncates: it wraps when the column is narrow, so it can always be read. */}
        <Link
          to={paths.success.customer.path}
          params={{ companyDomain: account.domain }}
          search={{ from: 'health' }}
          data-testid="account-name"
          className="block w-fit max-w-full rounded-sm font-medium break-words text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          onClick={(event) => event.stopPropagation()}
        >
          {account.name}
        </Link>
        <div className="flex min-w-0 items-center gap-1.5 text-xs text-slate-500">
          <span className="truncate">{account.domain}</span>
          {account.revenueBadge ? <RevenueSourceBadge source={account.revenueBadge} /> : null}
          {!account.isTracked ? <TrackingBadge isTracked={false} /> : null}
        </div>
        {showOwner ? (
          <div className="truncate text-xs text-slate-500" data-testid="account-owner">
            {account.ownerName ?? 'Unassigned'}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function ArrCell({ account, showAtRisk }: { account: AccountSummary; showAtRisk: boolean }) {
  const { arr, mrr, arrAtRisk } = account;
  if (!arr) return muted;
  return (
    <div className="leading-tight">
      <span
        className="font-medium text-slate-900 tabular-nums"
        data-testid="account-arr"
        data-amount={arr.amount}
        title={`ARR ${formatMoney(arr)}${mrr ? ` · MRR ${formatMoney(mrr)}` : ''}`}
      >
        {formatMoney(arr, { compact: true })}
      </span>
      {showAtRisk && arrAtRisk && arrAtRisk.amount > 0 ? (
        <div className="text-xs text-rose-700 tabular-nums" title={`ARR at risk ${formatMoney(arrAtRisk)}`}>
          at risk
        </div>
      ) : null}
    </div>
  );
}

/** The columns shown in a layout; cells of hidden columns show their fact in a neighbour instead. */
function buildColumns(layout: TableLayout) {
  const shows = (id: ColumnId) => isColumnShown(layout, id);
  const columns = {
    score: columnHelper.display({
      id: 'score',
      header: 'Score',
      cell: ({ row }) => <ScoreCell account={row.original} />,
    }),
    name: columnHelper.accessor('name', {
      header: 'Account',
      cell: ({ row }) => <NameCell account={row.original} showOwner={!shows('ownerName')} />,
    }),
    band: columnHelper.display({
      id: 'band',
      header: 'Band',
      cell: ({ row }) => <StateCell account={row.original} showPayment={!shows('paymentState')} />,
    }),
    arr: columnHelper.accessor('arr', {
      header: 'ARR',
      cell: ({ row }) => <ArrCell account={row.original} showAtRisk={!shows('arrAtRisk')} />,
      meta: { align: 'right' },
    }),
    arrAtRisk: columnHelper.accessor('arrAtRisk', {
      header: 'ARR at risk',
      cell: ({ getValue }) => {
        const atRisk = getValue();
        if (!atRisk) return muted;
        return atRisk.amount > 0 ? (
          <span className="font-medium text-rose-700 tabular-nums" title={formatMoney(atRisk)}>
            {formatMoney(atRisk, { compact: true })}
          </span>
        ) : (
          <span className="text-slate-400 tabular-nums">{formatMoney(atRisk, { compact: true })}</span>
        );
      },
      meta: { align: 'right' },
    }),
    renewalDate: columnHelper.accessor('renewalDate', {
      header: 'Renewal',
      cell: ({ getValue, row }) => <RenewalCell renewalDate={getValue()} daysToRenewal={row.original.daysToRenewal} />,
    }),
    paymentState: columnHelper.accessor('paymentState', {
      header: 'Payment',
      cell: ({ getValue }) => <PaymentStateBadge state={getValue()} />,
    }),
    lastActivityAt: columnHelper.accessor('lastActivityAt', {
      header: 'Last activity',
      cell: ({ getValue }) => {
        const value = getValue();
        return value ? (
          <time dateTime={value} title={formatDateTime(value)} className="text-slate-700">
            {formatRelativeTime(value)}
          </time>
        ) : (
          <span className="text-slate-400">No activity</span>
        );
      },
    }),
    ownerName: columnHelper.accessor('ownerName', {
      header: 'Owner',
      cell: ({ getValue }) => {
        const owner = getValue();
        return owner ? <span title={owner}>{owner}</span> : <span className="text-slate-400">Unassigned</span>;
      },
    }),
    factors: columnHelper.display({
      id: 'factors',
      header: 'Top factors',
      cell: ({ row }) => {
        const factors = row.original.health?.topFactors.slice(0, 2) ?? [];
        if (factors.length === 0) return <span className="text-xs text-slate-400">None</span>;
        return (
          <ul className="space-y-0.5 text-xs leading-tight" aria-label="Top factors">
            {factors.map((factor) => (
              <li
                key={`${factor.label}-${factor.source}`}
                className="truncate"
                title={`${formatPoints(factor.points)} ${factor.label} (${factor.source})`}
              >
                <span
                  className={cn(
                    'mr-1 font-semibold tabular-nums',
                    factor.points < 0 ? 'text-rose-700' : 'text-emerald-700',
                  )}
                >
                  {formatPoints(factor.points)}
                </span>
                <span className="text-slate-600">{factor.label}</span>
              </li>
            ))}
          </ul>
        );
      },
    }),
  };
  return columnIds.flatMap((id) => (id !== 'actions' && shows(id) ? [columns[id]] : []));
}

/** Which columns sort, and by which API key (triage has no column: the sort menu offers it). */
const sortKeys: Partial<Record<string, AccountSortKey>> = {
  score: 'score',
  name: 'name',
  arr: 'arr',
  renewalDate: 'renewal',
  lastActivityAt: 'last_activity',
  ownerName: 'owner',
};

/** Per-row actions (such as a "Route to" menu); clicks inside them never open the account. */
export type RowActions = (account: AccountSummary) => ReactNode;

export type TableSort = { sort: AccountSortKey; order: SortOrder; onSortChange: (key: AccountSortKey) => void };

const ROW_HEIGHT = 57;

/** The name and score cells wrap (a name is never cut short); the rest truncate to one line. */
const wrapColumns = ['score', 'name'] as const;

/** Fixed columns in px; the name takes the rest, and never less than its minimum. */
function widthOf(id: string): string | undefined {
  const known = columnIds.find((columnId) => columnId === id);
  return known && known !== 'name' ? `${columnWidths[known]}px` : undefined;
}

/** The Health account queue: a semantic table whose body is virtualized for long books. */
export function AccountTable({
  accounts,
  rowActions,
  sort,
  states,
}: {
  accounts: AccountSummary[];
  rowActions?: RowActions;
  sort?: TableSort;
  /** The list's loading, error, empty and "load more" states, drawn by the data table. */
  states?: DataTableStates;
}) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Columns follow the room the table has: it never scrolls sideways, and names keep their space.
  const tableWidth = useElementWidth(scrollRef);
  const layout = tableLayoutFor(tableWidth);
  const hasActions = rowActions !== undefined;
  const columns = useMemo(() => {
    const shown = buildColumns(layout);
    return rowActions
      ? [
          ...shown,
          columnHelper.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            cell: ({ row }) => rowActions(row.original),
            meta: { align: 'right' },
          }),
        ]
      : shown;
  }, [layout, rowActions]);
  const tableMinWidth = tableWidth - nameWidth(layout, tableWidth, hasActions) + minNameWidth;

  return (
    <DataTable
      data={accounts}
      columns={columns}
      getRowId={(account) => account.id}
      sort={sort ? { keys: sortKeys, sort: sort.sort, order: sort.order, onSort: sort.onSortChange } : undefined}
      columnWidth={widthOf}
      wrapColumns={wrapColumns}
      density="compact"
      estimateRowHeight={ROW_HEIGHT}
      scrollRef={scrollRef}
      scrollClassName="max-h-[calc(100vh-19rem)]"
      scrollProps={{ 'data-testid': 'account-table-scroll', 'data-layout': layout }}
      tableStyle={{ minWidth: tableMinWidth }}
      getRowProps={(account) => ({ 'data-domain': account.domain })}
      {...states}
      onRowClick={(account) =>
        void navigate({
          to: paths.success.customer.path,
          params: { companyDomain: account.domain },
          search: { from: 'health' },
        })
      }
    />
  );
}
