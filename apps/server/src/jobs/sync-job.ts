import { refreshDerivedData } from './refresh-workspace';
import { runSync, type SyncDeps, type SyncOutcome, type SyncRequest } from '../integrations/sync-engine';

/** A sync job: one pass of the connection, then a fresh ledger and health scores when it brought data in. */
export async function runSyncJob(deps: SyncDeps, request: SyncRequest): Promise<SyncOutcome> {
  const outcome = await runSync(deps, request);
  if (outcome.status === 'succeeded') await refreshDerivedData(deps.db, request.workspaceId, deps.now());
  return outcome;
}
