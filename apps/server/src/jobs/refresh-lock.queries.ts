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
export async function lockWorkspaceDerivedData(tx: Db, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`derived-data:${workspaceId}`}))`);
}
