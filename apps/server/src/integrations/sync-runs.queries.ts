import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { connections, syncRuns } from '../db/schema';
import type { PageCounts } from './record-writer';

export type SyncConnectionRow = typeof connections.$inferSelect;
type SyncRunInsert = typeof syncRuns.$inferInsert;
type ConnectionUpdate = Partial<typeof connections.$inferInsert>;

export async function findConnectionForSync(db: Db, workspaceId: string, provider: string) {
  const [row] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.workspaceId, workspaceId), eq(connections.provider, provider)))
    .limit(1);
  return row ?? null;
}

/** Takes the connection's lease when it is free, lapsed, or already this worker's. */
export async function acquireSyncLease(
  db: Db,
  connectionId: string,
  lease: { owner: string; until: Date; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(connections)
    .set({ syncLeaseOwner: lease.owner, syncLeaseUntil: lease.until })
    .where(
      and(
        eq(connections.id, connectionId),
        or(
          isNull(connections.syncLeaseUntil),
          lt(connections.syncLeaseUntil, lease.now),
          eq(connections.syncLeaseOwner, lease.owner),
        ),
      ),
    )
    .returning({ id: connections.id });
  return rows.length > 0;
}

export async function releaseSyncLease(db: Db, connectionId: string, owner: string) {
  await db
    .update(connections)
    .set({ syncLeaseOwner: null, syncLeaseUntil: null })
    .where(and(eq(connections.id, connectionId), eq(connections.syncLeaseOwner, owner)));
}

export async function findSyncRun(db: Db, runId: string) {
  const [row] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  return row ?? null;
}

export async function insertSyncRun(db: Db, run: SyncRunInsert) {
  const [row] = await db.insert(syncRuns).values(run).returning();
  if (!row) throw new Error('insert returned no sync run');
  return row;
}

export async function addPageToRun(db: Db, runId: string, counts: PageCounts, estimatedTotal: number | null) {
  await db
    .update(syncRuns)
    .set({
      pages: sql`${syncRuns.pages} + 1`,
      recordsCreated: sql`${syncRuns.recordsCreated} + ${counts.created}`,
      recordsUpdated: sql`${syncRuns.recordsUpdated} + ${counts.updated}`,
      recordsUnchanged: sql`${syncRuns.recordsUnchanged} + ${counts.unchanged}`,
      recordsQuarantined: sql`${syncRuns.recordsQuarantined} + ${counts.quarantined}`,
      ...(estimatedTotal ? { estimatedTotal } : {}),
    })
    .where(eq(syncRuns.id, runId));
}

export async function finishSyncRun(
  db: Db,
  runId: string,
  outcome: { status: 'succeeded' | 'failed'; finishedAt: Date; error?: string },
) {
  await db.update(syncRuns).set(outcome).where(eq(syncRuns.id, runId));
}

export async function updateSyncConnection(db: Db, connectionId: string, values: ConnectionUpdate) {
  await db.update(connections).set(values).where(eq(connections.id, connectionId));
}
