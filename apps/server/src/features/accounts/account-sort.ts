import type { AccountSortKey } from '@success/shared/api';
import { sql } from 'drizzle-orm';
import { accounts } from '../../db/schema';
import { epoch, numberSort, textSort, type KeysetSort, type SortOrder } from '../../lib/keyset';

const defaultOrder: Record<AccountSortKey, SortOrder> = {
  name: 'asc',
  owner: 'asc',
  score: 'asc',
  arr: 'desc',
  renewal: 'asc',
  last_activity: 'desc',
};

/** The expression the Health queue orders by for each sort key (default direction per key). */
export function accountSort(sortKey: AccountSortKey, order: SortOrder | undefined): KeysetSort {
  const direction = order ?? defaultOrder[sortKey];
  switch (sortKey) {
    case 'name':
      return textSort(sql`${accounts.name}`, direction);
    case 'owner':
      // Unassigned accounts read as an empty owner: first A→Z, where they most need one.
      return textSort(sql`coalesce(${accounts.ownerName}, '')`, direction);
    case 'score':
      return numberSort(sql`${accounts.healthScore}`, direction);
    case 'arr':
      return numberSort(sql`${accounts.arrMinor}`, direction);
    case 'renewal':
      return numberSort(epoch(accounts.nextRenewalAt), direction);
    case 'last_activity':
      return numberSort(epoch(accounts.lastActivityAt), direction);
  }
}
