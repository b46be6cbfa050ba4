import { ledgerEntries } from '../../db/schema';
import type { SortOrder } from '../../lib/keyset';
import { columnSort, type KeysetSort } from '../../lib/keyset.queries';

export type LedgerSortKey = 'account' | 'mrr' | 'arr' | 'renewal' | 'start' | 'status';

/** The column the ledger table orders by for each sort key. */
export function ledgerSort(sortKey: LedgerSortKey, order: SortOrder): KeysetSort {
  switch (sortKey) {
    case 'account':
      // The search text starts with the account's name and domain, lower case.
      return columnSort(ledgerEntries.searchText, 'text', order);
    case 'status':
      return columnSort(ledgerEntries.status, 'text', order);
    case 'mrr':
      return columnSort(ledgerEntries.reportingMrrMinor, 'number', order);
    case 'arr':
      return columnSort(ledgerEntries.reportingArrMinor, 'number', order);
    case 'renewal':
      return columnSort(ledgerEntries.renewalDate, 'timestamp', order);
    case 'start':
      return columnSort(ledgerEntries.startDate, 'timestamp', order);
  }
}
