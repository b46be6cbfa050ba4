import type { AccountSortKey } from '@success/shared/accounts';
import type { HealthState } from '@success/shared/health';
import type { Db } from '../../db/client';
import type { SortOrder } from '../../lib/keyset';
import type { Actor } from '../auth/actor';
import { listOwners } from '../customers/customers.queries';
import { pageOfAccounts } from '../customers/customers.service';

export type HealthQueueQuery = {
  q?: string | undefined;
  /** A band or `not_enough_data`; `churned` lists the churned accounts, which no other list shows. */
  band?: HealthState | undefined;
  renewalWithinDays?: number | undefined;
  owner?: string | undefined;
  source?: 'stripe' | 'salesbricks' | 'merged' | undefined;
  paymentState?: 'ok' | 'past_due' | 'payment_failed' | 'unpaid' | 'none' | undefined;
  sort: AccountSortKey;
  order?: SortOrder | undefined;
  includeUntracked: boolean;
  cursor?: string | undefined;
  limit: number;
};

/** The Health queue: churned accounts only under band=churned, in triage order by default. */
export async function listHealthQueue(db: Db, actor: Actor, query: HealthQueueQuery, now: Date) {
  return pageOfAccounts(db, actor, query, now);
}

export async function listHealthOwners(db: Db, actor: Actor) {
  return { owners: await listOwners(db, actor.dataWorkspaceId) };
}
