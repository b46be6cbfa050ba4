import type { LedgerRow } from '@success/shared/ledger';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable, type DataTableStates } from '@/components/ui/data-table';
import { cn } from '@/lib/cn';
import type { SortOrder } from '../filters';

export type GridSort<K extends string> = { sort: K; order: SortOrder };

const ROW_HEIGHT = 61;

/**
 * The ledger's (and the renewals view's) table: headers that sort through the URL, rows that open
 * the detail sheet, ignored rows greyed. Columns must be stable (useMemo).
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
  states,
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
  /** The list's loading, error, empty and "load more" states, drawn by the data table. */
  states?: DataTableStates;
}) {
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(row) => row.id}
      label={label}
      sort={{ keys: sortKeys, sort: sort.sort, order: sort.order, onSort: onSortChange }}
      columnWidth={(_id, index) => columnWidths[index]}
      estimateRowHeight={ROW_HEIGHT}
      tableClassName="min-w-[60rem]"
      onRowClick={onOpenRow}
      getRowProps={(row) => {
        const isSelected = row.id === selectedId;
        return {
          'aria-selected': isSelected || undefined,
          'data-testid': 'ledger-row',
          'data-id': row.id,
          'data-ignored': row.isIgnoredFromArr,
          className: cn(isSelected && 'bg-indigo-50/60', row.isIgnoredFromArr && 'text-slate-400'),
        };
      }}
      {...states}
    />
  );
}
