import { defaultAccountSortOrder, type AccountSortKey } from '@success/shared/accounts';
import { sql } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import type { SortOrder } from '../../lib/keyset';
import { columnSort, type KeysetSort } from '../../lib/keyset.queries';

/** The Health queue's sort keys, plus `last_mrr` (the MRR a churned account had), for winback lists. */
export type AccountListSort = AccountSortKey | 'last_mrr';

const defaultOrder: Record<AccountListSort, SortOrder> = { ...defaultAccountSortOrder, last_mrr: 'desc' };

/** The column the Health queue orders by for each sort key (default direction per key). */
export function accountSort(sortKey: AccountListSort, order: SortOrder | undefined): KeysetSort {
  const direction = order ?? defaultOrder[sortKey];
  switch (sortKey) {
    case 'triage':
      // Band rank × 10^17 and more: beyond 2^53, so cursors carry it as exact text.
      return columnSort(accounts.triageKey, 'bigint', direction);
    case 'name':
      return columnSort(accounts.name, 'text', direction);
    case 'owner':
      // Unassigned accounts read as an empty owner: first A→Z, where they most need one.
      return { ...columnSort(sql`coalesce(${accounts.ownerName}, '')`, 'text', direction), isNullable: false };
    case 'score':
      return columnSort(accounts.healthScore, 'number', direction);
    case 'arr':
      return columnSort(accounts.arrMinor, 'number', direction);
    case 'renewal':
      return columnSort(accounts.nextRenewalAt, 'timestamp', direction);
    case 'last_activity':
      return columnSort(accounts.lastActivityAt, 'timestamp', direction);
    case 'last_mrr':
      return columnSort(accounts.churnedMrrMinor, 'number', direction);
  }
}
