import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { healthSnapshots, workspaces } from '../../db/schema';
import { computeHealth, healthEngineVersion, topFactors, type HealthResult } from '../../engines/health/score';
import { defaultHealthSettings, healthSettingsSchema, type HealthSettings } from '../../engines/health/settings';
import { listAccountIds, loadConnectedSources, loadHealthInputs } from './health-inputs.queries';

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

async function writeBatch(
  db: Db,
  workspaceId: string,
  results: { accountId: string; result: HealthResult }[],
  now: Date,
) {
  if (results.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(healthSnapshots).values(
      results.map(({ accountId, result }) => ({
        workspaceId,
        accountId,
        score: result.score,
        band: result.band,
        factors: [
          ...result.factors,
          ...(result.clamp ? [{ key: 'clamp', label: result.clamp.label, points: result.clamp.points }] : []),
        ],
        coverage: result.coverage,
        inputsAsOf: now,
        engineVersion: healthEngineVersion,
        computedAt: now,
      })),
    );
    // One statement per batch: the latest score is copied onto the account for indexed filtering.
    const values = sql.join(
      results.map(
        ({ accountId, result }) =>
          sql`(${accountId}::uuid, ${result.score}::int, ${result.band}::text, ${JSON.stringify(
            topFactors(result, 3).map((factor) => ({
              label: factor.label,
              points: factor.points,
              source: factor.source,
            })),
          )}::jsonb)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update accounts set health_score = v.score, health_band = v.band, health_top_factors = v.factors,
        health_computed_at = ${now.toISOString()}::timestamptz
      from (values ${values}) as v(id, score, band, factors)
      where accounts.id = v.id and accounts.workspace_id = ${workspaceId}::uuid`);
  });
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
 * Scores every account of a workspace and appends one snapshot each (history is never rewritten).
 * Runs after syncs, nightly and on demand.
 */
export async function recomputeWorkspaceHealth(db: Db, workspaceId: string, now: Date): Promise<{ accounts: number }> {
  const settings = await getHealthSettings(db, workspaceId);
  const connected = await loadConnectedSources(db, workspaceId);
  let afterId: string | null = null;
  let total = 0;
  for (;;) {
    const ids = await listAccountIds(db, workspaceId, afterId, batchSize);
    if (ids.length === 0) break;
    const inputs = await loadHealthInputs(db, workspaceId, ids, now, connected);
    const results = ids.flatMap((accountId) => {
      const input = inputs.get(accountId);
      return input ? [{ accountId, result: computeHealth(input, settings) }] : [];
    });
    await writeBatch(db, workspaceId, results, now);
    total += ids.length;
    afterId = ids.at(-1) ?? null;
  }
  await refreshLastActivity(db, workspaceId);
  return { accounts: total };
}
