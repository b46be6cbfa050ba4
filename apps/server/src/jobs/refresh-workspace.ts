import type { Db } from '../db/client';
import { recomputeWorkspaceHealth } from '../features/health/health.service';
import { rebuildLedger } from '../features/contracts/ledger-rebuild.service';
import { withDerivedDataLocked } from './refresh-lock.queries';
import { createCoalescingQueue } from './refresh-queue';

type RefreshResult = { ledgerEntries: number; accounts: number };

/** One queue per database, so test apps on separate databases never share a run. */
const queues = new WeakMap<Db, ReturnType<typeof createCoalescingQueue<RefreshResult>>>();

function queueFor(db: Db) {
  const existing = queues.get(db);
  if (existing) return existing;
  const queue = createCoalescingQueue<RefreshResult>();
  queues.set(db, queue);
  return queue;
}

/**
 * Everything derived from a workspace's synced data, in dependency order: the revenue ledger
 * (ARR, renewals, payment state on each account), then the health scores that read them.
 * One rebuild per workspace at a time: in this process, callers that arrive during a rebuild
 * join the next one (see createCoalescingQueue); across processes (workers, other app
 * instances), a transaction-scoped advisory lock makes the next rebuild wait for the current one.
 * The whole refresh commits at once, so readers see the old or the new ledger and scores.
 */
export function refreshDerivedData(db: Db, workspaceId: string, now: Date): Promise<RefreshResult> {
  return queueFor(db)(workspaceId, () =>
    withDerivedDataLocked(db, workspaceId, async (tx) => {
      const ledger = await rebuildLedger(tx, workspaceId, now);
      const health = await recomputeWorkspaceHealth(tx, workspaceId, now);
      return { ledgerEntries: ledger.entries, accounts: health.accounts };
    }),
  );
}
