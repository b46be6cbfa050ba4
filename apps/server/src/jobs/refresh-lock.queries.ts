import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * Waits until no other transaction (in this process or any other app or worker process) is
 * rewriting the workspace's derived data — ledger rows, movements, rollups, health scores — and
 * holds that right until the calling transaction ends. Concurrent rebuilds would otherwise insert
 * the same ledger ids or update the same accounts in different orders (duplicate keys, deadlocks).
 * Call it first inside a transaction: outside one, the lock is released at once. Re-entrant: a
 * nested rebuild in the same transaction takes it again without waiting.
 */
async function lockWorkspaceDerivedData(tx: Db, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`derived-data:${workspaceId}`}))`);
}

/**
 * Runs `work` in one transaction holding the workspace's derived-data lock, so readers see the old
 * or the new ledger and scores, never half of each, and two rebuilds never write at once.
 */
export async function withDerivedDataLocked<T>(db: Db, workspaceId: string, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await lockWorkspaceDerivedData(tx, workspaceId);
    return work(tx);
  });
}
