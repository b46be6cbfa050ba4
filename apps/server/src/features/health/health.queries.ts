import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workspaces } from '../../db/schema';


/** The workspace's stored health settings (unparsed) and its parent, when it is a demo shadow. */
export async function findHealthSettingsRow(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ settings: workspaces.healthSettings, parentId: workspaces.parentWorkspaceId })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  return row ?? null;
}

export async function updateHealthSettings(db: Db, workspaceId: string, settings: Record<string, unknown>) {
  await db.update(workspaces).set({ healthSettings: settings }).where(eq(workspaces.id, workspaceId));
}

/** Copies each account's latest usage or activity onto the account, so the Health queue sorts by it. */
export async function refreshLastActivity(db: Db, workspaceId: string) {
  await db.execute(sql`
    update accounts set last_activity_at = latest.at
    from (
      select account_id, max(at) as at from (
        select account_id, max(occurred_at) as at from activities
          where workspace_id = ${workspaceId}::uuid and account_id is not null group by account_id
        union all
        select account_id, max(last_activity_at) as at from usage_daily
          where workspace_id = ${workspaceId}::uuid and account_id is not null group by account_id
      ) facts group by account_id
    ) latest
    where accounts.workspace_id = ${workspaceId}::uuid and accounts.id = latest.account_id
      and accounts.last_activity_at is distinct from latest.at`);
}
