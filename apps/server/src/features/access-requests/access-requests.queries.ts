import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accessRequests } from '../../db/schema';

type Status = typeof accessRequests.$inferSelect.status;

export async function insertAccessRequest(db: Db, request: typeof accessRequests.$inferInsert) {
  const [row] = await db.insert(accessRequests).values(request).returning();
  if (!row) throw new Error('insert returned no access request');
  return row;
}

export async function findLatestAccessRequest(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(accessRequests)
    .where(and(eq(accessRequests.workspaceId, workspaceId), eq(accessRequests.userId, userId)))
    .orderBy(desc(accessRequests.createdAt))
    .limit(1);
  return row ?? null;
}

export async function listAccessRequests(db: Db, workspaceId: string, status: Status | undefined) {
  return db
    .select()
    .from(accessRequests)
    .where(and(eq(accessRequests.workspaceId, workspaceId), status ? eq(accessRequests.status, status) : undefined))
    .orderBy(desc(accessRequests.createdAt))
    .limit(500);
}

export async function updateAccessRequestStatus(db: Db, workspaceId: string, id: string, status: Status) {
  const [row] = await db
    .update(accessRequests)
    .set({ status, resolvedAt: sql`now()` })
    .where(and(eq(accessRequests.workspaceId, workspaceId), eq(accessRequests.id, id)))
    .returning();
  return row ?? null;
}
