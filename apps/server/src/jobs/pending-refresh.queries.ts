import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';

/**
 * Marks accounts whose synced facts changed, so the workspace's next refresh covers them. Call it
 * in the transaction that writes the facts: the mark commits with them or not at all. One
 * statement, the ids as one array parameter; marking an account twice keeps one row.
 */
export async function markAccountsPendingRefresh(db: Db, workspaceId: string, accountIds: Iterable<string>) {
  const ids = [...new Set(accountIds)];
  if (ids.length === 0) return;
  await db.execute(sql`
    insert into pending_refresh_accounts (workspace_id, account_id)
    select ${workspaceId}::uuid, id from unnest(${`{${ids.join(',')}}`}::uuid[]) as id
    on conflict do nothing`);
}

/**
 * Takes the workspace's pending accounts (removing the marks), for the refresh that is about to
 * cover them. Call it inside the refresh's transaction: if the refresh fails, the marks come back.
 */
export async function takeAccountsPendingRefresh(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await queryRows(
    db,
    sql`delete from pending_refresh_accounts where workspace_id = ${workspaceId}::uuid
      returning account_id::text as account_id`,
    z.object({ account_id: z.string() }),
  );
  return rows.map((row) => row.account_id).sort();
}
