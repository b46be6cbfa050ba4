import { startOfCalendarDay } from '@success/shared/days';
import type { Db } from '../../db/client';
import { refreshDerivedData } from '../../jobs/refresh-workspace';
import { getWorkspaceTimeZone } from '../workspace/workspace.queries';
import { listWorkspaceScoringAges } from './nightly.queries';

/**
 * Workspaces with an account whose score is missing or from before today in the workspace's time
 * zone: factor texts count days ("Renews in 12 days"), so they are redone when the day changes there.
 */
export async function listStaleWorkspaces(db: Db, now: Date): Promise<string[]> {
  const stale: string[] = [];
  for (const row of await listWorkspaceScoringAges(db)) {
    if (row.hasUnscored || !row.oldest) stale.push(row.workspaceId);
    else if (row.oldest < startOfCalendarDay(now, await getWorkspaceTimeZone(db, row.workspaceId)))
      stale.push(row.workspaceId);
  }
  return stale;
}

/**
 * The nightly pass in one call: rebuild the ledger and rescore every workspace scored before its
 * today, one after another. The running app does the same through the rescore-stale-workspaces job.
 */
export async function recomputeStaleWorkspaces(db: Db, now: Date): Promise<number> {
  const stale = await listStaleWorkspaces(db, now);
  for (const workspaceId of stale) await refreshDerivedData(db, workspaceId, now);
  return stale.length;
}
