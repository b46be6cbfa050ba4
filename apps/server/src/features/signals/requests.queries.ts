import { and, desc, eq } from 'drizzle-orm';
import type { CustomerRequest } from '@success/shared/signals';
import type { Db } from '../../db/client';
import { requests } from '../../db/schema';

/** The account's feature requests, newest first; `status` narrows to open, shipped or closed ones. */
export async function listAccountRequests(
  db: Db,
  filter: { workspaceId: string; accountId: string; status?: CustomerRequest['status'] | undefined; limit: number },
) {
  return db
    .select({
      id: requests.id,
      title: requests.title,
      text: requests.text,
      status: requests.status,
      requestedAt: requests.requestedAt,
    })
    .from(requests)
    .where(
      and(
        eq(requests.workspaceId, filter.workspaceId),
        eq(requests.accountId, filter.accountId),
        filter.status ? eq(requests.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(requests.requestedAt), desc(requests.id))
    .limit(filter.limit);
}
