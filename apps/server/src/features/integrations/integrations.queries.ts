import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  accountEnrichments,
  accounts,
  activities,
  connections,
  contacts,
  deals,
  invoices,
  paymentEvents,
  providerCustomers,
  quarantinedRecords,
  revenueSources,
  signals,
  syncRuns,
  usageDaily,
} from '../../db/schema';

export type ConnectionRow = typeof connections.$inferSelect;
export type SyncRunRow = typeof syncRuns.$inferSelect;

export async function listConnections(db: Db, workspaceId: string) {
  return db.select().from(connections).where(eq(connections.workspaceId, workspaceId));
}

export async function findConnection(db: Db, workspaceId: string, provider: string) {
  const [row] = await db
    .select()
    .from(connections)
    .where(and(eq(connections.workspaceId, workspaceId), eq(connections.provider, provider)))
    .limit(1);
  return row ?? null;
}

export async function upsertConnection(db: Db, row: typeof connections.$inferInsert, now: Date) {
  const [saved] = await db
    .insert(connections)
    .values(row)
    .onConflictDoUpdate({
      target: [connections.workspaceId, connections.provider],
      set: {
        status: row.status,
        encryptedCredentials: row.encryptedCredentials,
        settings: row.settings,
        syncIntervalMinutes: row.syncIntervalMinutes,
        lastError: null,
        consecutiveFailures: 0,
        nextSyncAt: row.nextSyncAt,
        updatedAt: now,
      },
    })
    .returning();
  if (!saved) throw new Error('upsert returned no connection');
  return saved;
}

/**
 * Marks a connection's running runs failed, but only while its lease is still lapsed: a worker that
 * picked the pass up again in the meantime keeps its run. Returns how many runs were stalled.
 */
export async function failStalledRuns(db: Db, connectionId: string, now: Date, error: string): Promise<number> {
  const leaseLapsed = db
    .select({ id: connections.id })
    .from(connections)
    .where(
      and(
        eq(connections.id, connectionId),
        or(isNull(connections.syncLeaseUntil), lt(connections.syncLeaseUntil, now)),
      ),
    );
  const rows = await db
    .update(syncRuns)
    .set({ status: 'failed', finishedAt: now, error })
    .where(and(eq(syncRuns.connectionId, connectionId), eq(syncRuns.status, 'running'), sql`exists (${leaseLapsed})`))
    .returning({ id: syncRuns.id });
  return rows.length;
}

export async function updateConnection(
  db: Db,
  id: string,
  values: Partial<typeof connections.$inferInsert>,
  now: Date,
) {
  const [row] = await db
    .update(connections)
    .set({ ...values, updatedAt: now })
    .where(eq(connections.id, id))
    .returning();
  return row ?? null;
}

export async function deleteConnectionRow(db: Db, id: string) {
  await db.delete(connections).where(eq(connections.id, id));
}

/** Removes everything a provider wrote into the workspace ("remove and purge"). */
export async function purgeProviderData(db: Db, workspaceId: string, provider: string) {
  await db.transaction(async (tx) => {
    for (const table of [
      paymentEvents,
      invoices,
      revenueSources,
      contacts,
      signals,
      activities,
      deals,
      accountEnrichments,
      quarantinedRecords,
      providerCustomers,
    ]) {
      await tx.delete(table).where(and(eq(table.workspaceId, workspaceId), eq(table.provider, provider)));
    }
    await tx.delete(usageDaily).where(and(eq(usageDaily.workspaceId, workspaceId), eq(usageDaily.provider, provider)));
  });
}

export async function listRuns(db: Db, connectionIds: string[], limit: number) {
  if (connectionIds.length === 0) return [];
  return db
    .select()
    .from(syncRuns)
    .where(inArray(syncRuns.connectionId, connectionIds))
    .orderBy(desc(syncRuns.createdAt))
    .limit(limit);
}

export async function listQuarantine(db: Db, workspaceId: string, provider: string) {
  return db
    .select()
    .from(quarantinedRecords)
    .where(and(eq(quarantinedRecords.workspaceId, workspaceId), eq(quarantinedRecords.provider, provider)))
    .orderBy(desc(quarantinedRecords.updatedAt))
    .limit(200);
}

export async function listUnmatchedCustomers(db: Db, workspaceId: string) {
  return db
    .select()
    .from(providerCustomers)
    .where(and(eq(providerCustomers.workspaceId, workspaceId), isNull(providerCustomers.accountId)))
    .orderBy(providerCustomers.provider, providerCustomers.label)
    .limit(500);
}

export async function findProviderCustomer(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(providerCustomers)
    .where(and(eq(providerCustomers.workspaceId, workspaceId), eq(providerCustomers.id, id)))
    .limit(1);
  return row ?? null;
}

/** The workspace's account for a domain, created (named after the customer) when none has it yet. */
export async function findOrCreateAccountByDomain(db: Db, workspaceId: string, domain: string, name: string) {
  await db.insert(accounts).values({ workspaceId, domain, name }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.domain, domain)))
    .limit(1);
  return row ?? null;
}

export async function linkProviderCustomer(db: Db, customerId: string, accountId: string, now: Date) {
  await db
    .update(providerCustomers)
    .set({ accountId, isManuallyLinked: true, updatedAt: now })
    .where(eq(providerCustomers.id, customerId));
}
