import type { Db } from '../../db/client';
import type { Actor } from '../auth/actor';
import { pageOfAccounts } from '../customers/customers.service';

export type WinbackQuery = { cursor?: string | undefined; limit: number; includeUntracked: boolean };

/**
 * Winback candidates for Re-engage: the accounts whose paying sources have all ended (the
 * ledger's churn), the largest MRR lost first, each with its churn date and last MRR.
 */
export async function listWinbackCandidates(db: Db, actor: Actor, query: WinbackQuery, now: Date) {
  return pageOfAccounts(db, actor, { ...query, band: 'churned', sort: 'last_mrr' }, now);
}
