import type { LedgerRow } from '@success/shared/ledger';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useRef } from 'react';
import { focusRing } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import type { SortOrder } from '../filters';

export type GridSort<K extends string> = { sort: K; order: SortOrder };

const ROW_HEIGHT = 61;

function SortHeader({
  label,
  isActive,
  order,
  onClick,
}: {
  label: string;
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
        isActive ? 'text-slate-900' : 'text-slate-500',
        focusRing,
      )}
    >
      {label}
      <Icon className={cn('size-3', isActive ? 'text-indigo-600' : 'text-slate-300')} aria-hidden="true" />
      <span className="sr-only">
        {isActive ? `, sorted ${order === 'asc' ? 'ascending' : 'descending'}` : ', sort'}
      </span>
    </button>
  );
}

/**
 * The ledger's (and the renewals view's) table: semantic markup with a virtualized body, headers that
 * sort through the URL, and rows that open the detail sheet. Columns must be stable (useMemo).
 */
export function LedgerGrid<K extends string>({
  rows,
  columns,
  columnWidths,
  sortKeys,
  sort,
  onSortChange,
  onOpenRow,
  selectedId,
  label,
}: {
  rows: LedgerRow[];
  columns: ColumnDef<LedgerRow, unknown>[];
  columnWidths: string[];
  /** Column id → the API sort key its header sorts by. */
  sortKeys: Partial<Record<string, K>>;
  sort: GridSort<K>;
  onSortChange: (key: K) => void;
  onOpenRow: (row: LedgerRow) => void;
  selectedId?: string;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom =
    virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0) : 0;

  return (
    <div ref={scrollRef} className="max-h-[calc(100vh-16rem)] min-h-72 overflow-auto" tabIndex={-1}>
      <table
        className="w-full min-w-[60rem] table-fixed border-separate border-spacing-0 text-sm"
        aria-label={label}
        aria-rowcount={tableRows.length + 1}
      >
        <colgroup>
          {columnWidths.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-slate-50/95 backdrop-blur">
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id}>
              {headerGroup.headers.map((header) => {
                const sortKey = sortKeys[header.column.id];
                const isActive = sortKey !== undefined && sort.sort === sortKey;
                const align = header.column.columnDef.meta?.align;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={isActive ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
                    className={cn(
                      'border-b border-slate-200 px-2 py-2.5 text-left first:pl-4 text-xs font-medium tracking-wide text-slate-500 uppercase',
                      align === 'right' && 'text-right',
                    )}
                  >
                    {sortKey !== undefined ? (
                      <SortHeader
                        label={String(header.column.columnDef.header)}
                        isActive={isActive}
                        order={sort.order}
                        onClick={() => onSortChange(sortKey)}
                      />
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
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
              <td colSpan={columns.length} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          ) : null}
          {virtualRows.map((virtualRow) => {
            const row = tableRows[virtualRow.index];
            if (!row) return null;
            const isSelected = row.original.id === selectedId;
            return (
              <tr
                key={row.id}
                data-index={virtualRow.index}
                ref={virtualizer.measureElement}
                aria-rowindex={virtualRow.index + 2}
                aria-selected={isSelected || undefined}
                data-testid="ledger-row"
                data-id={row.original.id}
                data-ignored={row.original.isIgnoredFromArr}
                className={cn(
                  'group cursor-pointer hover:bg-indigo-50/40',
                  isSelected && 'bg-indigo-50/60',
                  row.original.isIgnoredFromArr && 'text-slate-400',
                )}
                onClick={() => onOpenRow(row.original)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      'border-b border-slate-100 py-2.5 align-middle text-slate-700',
                      cell.column.id === 'actions' ? 'px-1.5' : 'truncate px-2 first:pl-4',
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
