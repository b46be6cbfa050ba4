import type { AccountSortKey } from '@success/shared/api';
import { sql } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { columnSort, type KeysetSort, type SortOrder } from '../../lib/keyset';

const defaultOrder: Record<AccountSortKey, SortOrder> = {
  triage: 'asc',
  name: 'asc',
  owner: 'asc',
  score: 'asc',
  arr: 'desc',
  renewal: 'asc',
  last_activity: 'desc',
};

/** The column the Health queue orders by for each sort key (default direction per key). */
export function accountSort(sortKey: AccountSortKey, order: SortOrder | undefined): KeysetSort {
  const direction = order ?? defaultOrder[sortKey];
  switch (sortKey) {
    case 'triage':
      return columnSort(accounts.triageKey, 'number', direction);
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
  }
}
