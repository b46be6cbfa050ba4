import type { CustomerRequest } from '@success/shared/signals';
import type { Db } from '../../db/client';
import { getAccountByDomain } from '../customers/account-lookup';
import type { Actor } from '../auth/actor';
import { listAccountRequests } from './requests.queries';

/** What the customer asked for (Customer Detail's draft email cites the open ones). */
export async function listCustomerRequests(
  db: Db,
  actor: Actor,
  companyDomain: string,
  query: { status?: CustomerRequest['status'] | undefined; limit: number },
): Promise<{ items: CustomerRequest[] }> {
  const account = await getAccountByDomain(db, actor, companyDomain);
  const rows = await listAccountRequests(db, {
    workspaceId: actor.dataWorkspaceId,
    accountId: account.id,
    status: query.status,
    limit: query.limit,
  });
  return { items: rows.map((row) => ({ ...row, requestedAt: row.requestedAt.toISOString() })) };
}
