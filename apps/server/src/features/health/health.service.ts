import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { workspaces } from '../../db/schema';
import type { HealthInputs } from '../../engines/health/inputs';
import { computeHealth } from '../../engines/health/score';
import { healthSettingsSchema, type HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from '../../engines/health/settings';
import { lockWorkspaceDerivedData } from '../../jobs/refresh-lock.queries';
import { listAccountIds, loadConnectedSources, loadHealthInputs } from './health-inputs.queries';
import { findLatestSnapshots, markChurnedAccounts, writeScores, type ScoreToStore } from './health-scores.queries';
import { partitionByChange, toStoredScore } from './snapshot-change';

const batchSize = 500;

/**
 * The workspace's saved settings (a demo shadow uses its parent's), or the defaults; stored
 * settings that no longer validate fall back too.
 */
export async function getHealthSettings(db: Db, workspaceId: string): Promise<HealthSettings> {
  const [row] = await db
    .select({ settings: workspaces.healthSettings, parentId: workspaces.parentWorkspaceId })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  if (row && row.settings === null && row.parentId) return getHealthSettings(db, row.parentId);
  const parsed = healthSettingsSchema.safeParse(row?.settings);
  return parsed.success ? parsed.data : defaultHealthSettings;
}

/** Copies each account's latest usage or activity onto the account, so the Health queue sorts by it. */
async function refreshLastActivity(db: Db, workspaceId: string) {
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

/**
 * Scores every account of a workspace that has not churned. A snapshot is appended only where the
 * score, state or factors changed since the account's latest one; otherwise that snapshot is
 * confirmed (history grows with change, not with recomputes). Each result is copied onto its
 * account; churned accounts are marked 'churned' and not scored. Runs after syncs, nightly and
 * on demand.
 */
export async function recomputeWorkspaceHealth(db: Db, workspaceId: string, now: Date): Promise<{ accounts: number }> {
  // Under the workspace's derived-data lock: two recomputes comparing against the same latest
  // snapshots would append the same change twice, and their batch updates could deadlock.
  return db.transaction(async (tx) => {
    await lockWorkspaceDerivedData(tx, workspaceId);
    const settings = await getHealthSettings(tx, workspaceId);
    const connected = await loadConnectedSources(tx, workspaceId);
    let afterId: string | null = null;
    let total = 0;
    for (;;) {
      const ids = await listAccountIds(tx, workspaceId, afterId, batchSize);
      if (ids.length === 0) break;
      const results = await scoreBatch(tx, workspaceId, ids, now, settings, connected);
      const latest = await findLatestSnapshots(tx, workspaceId, ids);
      await writeScores(tx, workspaceId, { ...partitionByChange(results, latest), all: results }, now);
      total += ids.length;
      afterId = ids.at(-1) ?? null;
    }
    total += await markChurnedAccounts(tx, workspaceId, now);
    await refreshLastActivity(tx, workspaceId);
    return { accounts: total };
  });
}

/** The engine's results for a batch of accounts as of `now`, in the shape they are stored. */
export async function scoreBatch(
  db: Db,
  workspaceId: string,
  ids: string[],
  now: Date,
  settings: HealthSettings,
  connected: HealthInputs['connected'],
): Promise<ScoreToStore[]> {
  const inputs = await loadHealthInputs(db, workspaceId, ids, now, connected);
  return ids.flatMap((accountId) => {
    const input = inputs.get(accountId);
    return input ? [toStoredScore(accountId, computeHealth(input, settings))] : [];
  });
}
