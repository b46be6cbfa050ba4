import type { Db } from '../../db/client';
import type { HealthInputs } from '../../engines/health/inputs';
import { computeHealth } from '../../engines/health/score';
import { healthSettingsSchema, type HealthSettings } from '@success/shared/health-settings';
import { defaultHealthSettings } from '../../engines/health/settings';
import { withDerivedDataLocked } from '../../jobs/refresh-lock.queries';
import { findHealthSettingsRow, refreshLastActivity } from './health.queries';
import { listAccountIds, loadConnectedSources, loadHealthInputs } from './health-inputs.queries';
import { findLatestSnapshots, markChurnedAccounts, writeScores, type ScoreToStore } from './health-scores.queries';
import { partitionByChange, toStoredScore } from './snapshot-change';

const batchSize = 500;

/**
 * The workspace's saved settings (a demo shadow uses its parent's), or the defaults; stored
 * settings that no longer validate fall back too.
 */
export async function getHealthSettings(db: Db, workspaceId: string): Promise<HealthSettings> {
  const row = await findHealthSettingsRow(db, workspaceId);
  if (row && row.settings === null && row.parentId) return getHealthSettings(db, row.parentId);
  const parsed = healthSettingsSchema.safeParse(row?.settings);
  return parsed.success ? parsed.data : defaultHealthSettings;
}

/**
 * Scores every account of a workspace that has not churned. A snapshot is appended only where the
 * score, state or factors changed since the account's latest one; otherwise that snapshot is
 * confirmed (history grows with change, not with recomputes). Each result is copied onto its
 * account; churned accounts are marked 'churned' and not scored. Runs after syncs, nightly and
 * on demand.
 */
export async function recomputeWorkspaceHealth(db: Db, workspaceId: string, now: Date): Promise<{ accounts: number }> {
  return withDerivedDataLocked(db, workspaceId, async (tx) => {
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
