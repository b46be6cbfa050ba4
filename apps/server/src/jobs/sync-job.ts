import { recomputeWorkspaceHealth } from '../features/health/health.service';
import { runSync, type SyncDeps, type SyncOutcome, type SyncRequest } from '../integrations/sync-engine';

/** A sync job: one pass of the connection, then fresh health scores when it brought data in. */
export async function runSyncJob(deps: SyncDeps, request: SyncRequest): Promise<SyncOutcome> {
  const outcome = await runSync(deps, request);
  if (outcome.status === 'succeeded') await recomputeWorkspaceHealth(deps.db, request.workspaceId, deps.now());
  return outcome;
}
