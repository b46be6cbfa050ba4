import { sql } from 'drizzle-orm';
import { ledgerEntries } from '../../db/schema';
import { epoch, numberSort, textSort, type KeysetSort, type SortOrder } from '../../lib/keyset';

export type LedgerSortKey = 'account' | 'mrr' | 'arr' | 'renewal' | 'start' | 'status';

/** The expression the ledger table orders by for each sort key. */
export function ledgerSort(sortKey: LedgerSortKey, order: SortOrder): KeysetSort {
  switch (sortKey) {
    case 'account':
      // The search text starts with the account's name and domain, lower case.
      return textSort(sql`${ledgerEntries.searchText}`, order);
    case 'status':
      return textSort(sql`${ledgerEntries.status}`, order);
    case 'mrr':
      return numberSort(sql`${ledgerEntries.reportingMrrMinor}`, order);
    case 'arr':
      return numberSort(sql`${ledgerEntries.reportingArrMinor}`, order);
    case 'renewal':
      return numberSort(epoch(ledgerEntries.renewalDate), order);
    case 'start':
      return numberSort(epoch(ledgerEntries.startDate), order);
  }
}
