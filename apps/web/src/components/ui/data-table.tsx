import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useRef, type ComponentProps, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { cn } from '@/lib/cn';
import { ErrorAlert } from './alert';
import { focusRing } from './button';
import { LoadMoreFooter } from './load-more-footer';
import { Skeleton } from './skeleton';

export type SortOrder = 'asc' | 'desc';

/**
 * Sorting lives in the URL: the caller passes the current key and order and an `onSort` that
 * writes the next ones to its search params; the table only draws the headers.
 */
export type DataTableSort<K extends string> = {
  /** Column id → the sort key its header asks for; columns not listed do not sort. */
  keys: Partial<Record<string, K>>;
  sort: K;
  order: SortOrder;
  onSort: (key: K) => void;
};

type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

export type DataTableRowProps = DataAttributes & { className?: string; 'aria-selected'?: boolean };

/** `compact` for dense queues (13px text), `comfortable` for ledgers with two-line cells. */
export type DataTableDensity = 'compact' | 'comfortable';

const densityClasses: Record<DataTableDensity, { table: string; header: string; cell: string }> = {
  compact: {
    table: 'text-[13px]',
    header: 'px-2.5 py-2 align-bottom text-[11px] leading-tight',
    cell: 'px-2.5',
  },
  comfortable: {
    table: 'text-sm',
    header: 'px-2 py-2.5 text-xs first:pl-4',
    cell: 'px-2 first:pl-4',
  },
};

/** A column with this id holds per-row actions: tighter padding, never truncated, so focus rings show. */
const ACTIONS_COLUMN_ID = 'actions';

function SortButton({
  label,
  isActive,
  order,
  onClick,
}: {
  label: ReactNode;
  isActive: boolean;
  order: SortOrder;
  onClick: () => void;
}) {
  const Icon = !isActive ? ArrowUpDown : order === 'asc' ? ArrowUp : ArrowDown;
  return (
    <button
      type="button"
      onClick={onClick}
      className={cn(
        'inline-flex items-center gap-1 rounded-sm uppercase hover:text-slate-900',
        isActive && 'text-slate-900',
        focusRing,
      )}
    >
      {label}
      <Icon className={cn('size-3', isActive ? 'text-indigo-600' : 'text-slate-300')} aria-hidden="true" />
    </button>
  );
}

function TableSkeleton({ label }: { label: string }) {
  return (
    <>
      <span className="sr-only">{label}</span>
      <div className="divide-y divide-slate-100" aria-hidden="true">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="flex items-center gap-4 px-4 py-3">
            <Skeleton className="size-7 rounded-md" />
            <div className="flex-1 space-y-1.5">
              <Skeleton className="h-3.5 w-40" />
              <Skeleton className="h-3 w-24" />
            </div>
            <Skeleton className="h-3.5 w-20" />
            <Skeleton className="h-5 w-16" />
            <Skeleton className="h-3.5 w-20" />
            <Skeleton className="h-3.5 w-24" />
          </div>
        ))}
      </div>
    </>
  );
}

/** What a list shows besides its rows; callers that wrap the table pass these through. */
export type DataTableStates = Pick<
  DataTableProps<unknown, string>,
  'isLoading' | 'loadingLabel' | 'error' | 'errorTitle' | 'onRetry' | 'empty' | 'loadMore'
>;

export type DataTableProps<TRow, K extends string> = {
  data: TRow[];
  /** TanStack column definitions; keep them stable (useMemo). `meta.align: 'right'` right-aligns a column. */
  // TanStack's own options type columns with `any` values: accessor columns of different value types must fit one array.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TRow, any>[];
  getRowId: (row: TRow) => string;
  /** The table's accessible name. */
  label?: string;
  sort?: DataTableSort<K>;
  /** A CSS width per column (px or %); a column without one takes the room left. */
  columnWidth?: (columnId: string, index: number) => string | undefined;
  /** Columns whose cells wrap (names, stacked badges) instead of truncating to one line. */
  wrapColumns?: readonly string[];
  density?: DataTableDensity;
  /** The usual row height in px, so the virtualizer can size the scroll area before it measures. */
  estimateRowHeight: number;
  onRowClick?: (row: TRow) => void;
  /** Per-row attributes (test ids, data-*, aria-selected) and extra classes. */
  getRowProps?: (row: TRow) => DataTableRowProps;
  /** The scrolling element, for callers that measure it (its width picks their columns). */
  scrollRef?: RefObject<HTMLDivElement | null>;
  /** Classes for the scrolling element, usually its max height. */
  scrollClassName?: string;
  scrollProps?: DataAttributes;
  tableStyle?: CSSProperties;
  tableClassName?: string;
  /** The first page is loading: a skeleton, announced with `loadingLabel`. */
  isLoading?: boolean;
  loadingLabel?: string;
  /** The first page failed (shown only while there are no rows; a failed next page shows in the footer). */
  error?: unknown;
  errorTitle?: string;
  onRetry?: () => void;
  /** Shown when there are no rows (and nothing is loading or failed). */
  empty?: ReactNode;
  /** The keyset "Load more" footer, under the rows. */
  loadMore?: ComponentProps<typeof LoadMoreFooter>;
};

/**
 * A semantic table with a virtualized body (only the rows in view are in the DOM, padded above and
 * below so the scrollbar stays true), sortable headers bound to the caller's URL state, and the
 * loading, error, empty and "load more" states every list has.
 */
export function DataTable<TRow, K extends string = string>({
  data,
  columns,
  getRowId,
  label,
  sort,
  columnWidth,
  wrapColumns = [],
  density = 'comfortable',
  estimateRowHeight,
  onRowClick,
  getRowProps,
  scrollRef,
  scrollClassName = 'max-h-[calc(100vh-16rem)]',
  scrollProps,
  tableStyle,
  tableClassName,
  isLoading = false,
  loadingLabel = 'Loading…',
  error,
  errorTitle = 'Could not load the list',
  onRetry,
  empty,
  loadMore,
}: DataTableProps<TRow, K>) {
  const ownScrollRef = useRef<HTMLDivElement>(null);
  const scrollElementRef = scrollRef ?? ownScrollRef;
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), getRowId });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElementRef.current,
    estimateSize: () => estimateRowHeight,
    overscan: 12,
  });
  const styles = densityClasses[density];

  if (isLoading) return <TableSkeleton label={loadingLabel} />;
  if (error !== undefined && error !== null && data.length === 0) {
    return (
      <div className="p-4">
        <ErrorAlert title={errorTitle} error={error} onRetry={onRetry} />
      </div>
    );
  }
  if (data.length === 0 && empty !== undefined) return <>{empty}</>;

  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom =
    virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0) : 0;
  const leafColumns = table.getVisibleLeafColumns();

  return (
    <>
      <div
        ref={scrollElementRef}
        className={cn('min-h-72 overflow-auto', scrollClassName)}
        tabIndex={-1}
        {...scrollProps}
      >
        <table
          className={cn('w-full table-fixed border-separate border-spacing-0', styles.table, tableClassName)}
          style={tableStyle}
          aria-label={label}
          aria-rowcount={rows.length + 1}
        >
          {columnWidth ? (
            <colgroup>
              {leafColumns.map((column, index) => (
                <col key={column.id} style={{ width: columnWidth(column.id, index) }} />
              ))}
            </colgroup>
          ) : null}
          <thead className="sticky top-0 z-10 bg-slate-50/95 backdrop-blur">
            {table.getHeaderGroups().map((headerGroup) => (
              <tr key={headerGroup.id}>
                {headerGroup.headers.map((header) => {
                  const sortKey = sort?.keys[header.column.id];
                  const isActive = sortKey !== undefined && sort?.sort === sortKey;
                  const headerLabel = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sort && sortKey !== undefined
                          ? isActive
                            ? sort.order === 'asc'
                              ? 'ascending'
                              : 'descending'
                            : 'none'
                          : undefined
                      }
                      className={cn(
                        'border-b border-slate-200 text-left font-medium tracking-wide text-slate-500 uppercase',
                        styles.header,
                        header.column.columnDef.meta?.align === 'right' && 'text-right',
                      )}
                    >
                      {sort && sortKey !== undefined ? (
                        <SortButton
                          label={headerLabel}
                          isActive={isActive}
                          order={sort.order}
                          onClick={() => sort.onSort(sortKey)}
                        />
                      ) : (
                        headerLabel
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={leafColumns.length} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            ) : null}
            {virtualRows.map((virtualRow) => {
              const row = rows[virtualRow.index];
              if (!row) return null;
              const { className: rowClassName, ...rowProps } = getRowProps?.(row.original) ?? {};
              return (
                <tr
                  key={row.id}
                  data-index={virtualRow.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={virtualRow.index + 2}
                  {...rowProps}
                  className={cn(onRowClick && 'group cursor-pointer hover:bg-indigo-50/40', rowClassName)}
                  onClick={onRowClick ? () => onRowClick(row.original) : undefined}
                >
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id;
                    return (
                      <td
                        key={cell.id}
                        className={cn(
                          'border-b border-slate-100 py-2.5 align-middle text-slate-700',
                          id === ACTIONS_COLUMN_ID
                            ? 'px-1.5'
                            : cn(styles.cell, !wrapColumns.includes(id) && 'truncate'),
                          cell.column.columnDef.meta?.align === 'right' && 'text-right',
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={leafColumns.length} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {loadMore ? <LoadMoreFooter {...loadMore} /> : null}
    </>
  );
}
