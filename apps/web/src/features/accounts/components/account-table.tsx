import type { AccountSummary } from '@success/shared/api';
import { Link, useNavigate } from '@tanstack/react-router';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type ReactNode } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { LetterAvatar } from '@/components/ui/letter-avatar';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDateTime, formatMoney, formatRelativeTime } from '@/lib/format';
import { LifecycleBadge, TrackingBadge } from './lifecycle-badge';
import { RenewalCell } from './renewal-cell';

const columnHelper = createColumnHelper<AccountSummary>();

type Band = NonNullable<AccountSummary['health']>['band'];
const bandTones: Record<Band, BadgeTone> = { healthy: 'green', at_risk: 'amber', critical: 'red' };
const bandLabels: Record<Band, string> = { healthy: 'Healthy', at_risk: 'At risk', critical: 'Critical' };

const baseColumns = [
  columnHelper.accessor('name', {
    header: 'Account',
    cell: ({ row }) => {
      const account = row.original;
      return (
        <div className="flex min-w-0 items-center gap-3">
          <LetterAvatar name={account.name} src={account.logoUrl} />
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <Link
                to={paths.success.customer.path}
                params={{ companyDomain: account.domain }}
                search={{ from: 'health' }}
                className="truncate font-medium text-slate-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 rounded-sm"
                onClick={(event) => event.stopPropagation()}
              >
                {account.name}
              </Link>
              {!account.isTracked ? <TrackingBadge isTracked={false} /> : null}
            </div>
            <div className="truncate text-xs text-slate-500">{account.domain}</div>
          </div>
        </div>
      );
    },
  }),
  columnHelper.accessor('health', {
    header: 'Health',
    cell: ({ getValue }) => {
      const health = getValue();
      if (!health) return <span className="text-slate-400">Not scored</span>;
      const top = health.topFactors[0];
      return (
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <span className="w-7 text-right font-semibold text-slate-900 tabular-nums">{health.score}</span>
            <Badge tone={bandTones[health.band]} data-testid="health-band">
              {bandLabels[health.band]}
            </Badge>
          </div>
          {top && top.points < 0 ? (
            <div
              className="mt-0.5 truncate text-xs text-slate-500"
              title={`${top.points} ${top.label} (${top.source})`}
            >
              {top.points} {top.label}
            </div>
          ) : null}
        </div>
      );
    },
  }),
  columnHelper.accessor('ownerName', {
    header: 'Owner',
    cell: ({ getValue }) => getValue() ?? <span className="text-slate-400">Unassigned</span>,
  }),
  columnHelper.accessor('lifecycleStage', {
    header: 'Stage',
    cell: ({ getValue }) => <LifecycleBadge stage={getValue()} />,
  }),
  columnHelper.accessor('arr', {
    header: 'ARR',
    cell: ({ getValue }) => {
      const arr = getValue();
      return arr ? (
        <span className="font-medium text-slate-900 tabular-nums">{formatMoney(arr)}</span>
      ) : (
        <span className="text-slate-400">—</span>
      );
    },
    meta: { align: 'right' },
  }),
  columnHelper.accessor('renewalDate', {
    header: 'Renewal',
    cell: ({ getValue }) => <RenewalCell renewalDate={getValue()} />,
  }),
  columnHelper.accessor('lastActivityAt', {
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
];

// Fixed widths keep the header and the virtualized body aligned.
const baseColumnWidths = ['34%', '14%', '11%', '12%', '15%', '14%'];
const actionColumnWidths = ['30%', '13%', '10%', '10%', '14%', '12%', '11%'];

/** Per-row actions (such as a "Route to" menu); clicks inside them never open the account. */
export type RowActions = (account: AccountSummary) => ReactNode;

const ROW_HEIGHT = 57;

/** The Health account queue: a semantic table whose body is virtualized for long books. */
export function AccountTable({ accounts, rowActions }: { accounts: AccountSummary[]; rowActions?: RowActions }) {
  const navigate = useNavigate();
  const columns = useMemo(
    () =>
      rowActions
        ? [
            ...baseColumns,
            columnHelper.display({
              id: 'actions',
              header: () => <span className="sr-only">Actions</span>,
              cell: ({ row }) => rowActions(row.original),
              meta: { align: 'right' },
            }),
          ]
        : baseColumns,
    [rowActions],
  );
  const columnWidths = rowActions ? actionColumnWidths : baseColumnWidths;
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useReactTable({
    data: accounts,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom =
    virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0) : 0;

  return (
    <div ref={scrollRef} className="max-h-[calc(100vh-19rem)] min-h-72 overflow-auto" tabIndex={-1}>
      <table className="w-full table-fixed border-separate border-spacing-0 text-sm" aria-rowcount={rows.length + 1}>
        <colgroup>
          {columnWidths.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50/95 backdrop-blur">
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={cn(
                    'border-b border-slate-200 px-4 py-2.5 text-left text-xs font-medium tracking-wide text-slate-500 uppercase',
                    header.column.columnDef.meta?.align === 'right' && 'text-right',
                  )}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                aria-rowindex={virtualRow.index + 2}
                className="group cursor-pointer hover:bg-indigo-50/40"
                onClick={() =>
                  void navigate({
                    to: paths.success.customer.path,
                    params: { companyDomain: row.original.domain },
                    search: { from: 'health' },
                  })
                }
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      'border-b border-slate-100 py-2.5 align-middle text-slate-700',
                      // Actions keep their focus ring visible; data cells truncate.
                      cell.column.id === 'actions' ? 'px-2' : 'truncate px-4',
                      cell.column.columnDef.meta?.align === 'right' && 'text-right',
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
