import type { Db } from '../../db/client';
import { recomputeWorkspaceHealth } from '../health/health.service';
import { rebuildLedger } from './ledger-rebuild.service';

/**
 * Everything derived from a workspace's synced data, in dependency order: the revenue ledger
 * (ARR, renewals, payment state on each account), then the health scores that read them.
 */
export async function refreshDerivedData(db: Db, workspaceId: string, now: Date) {
  const ledger = await rebuildLedger(db, workspaceId, now);
  const health = await recomputeWorkspaceHealth(db, workspaceId, now);
  return { ledgerEntries: ledger.entries, accounts: health.accounts };
}
