import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { featureFlags, users, workspaces } from '../../db/schema';

export async function findUserWithWorkspace(db: Db, userId: string) {
  const [row] = await db
    .select({ user: users, workspace: workspaces })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

export async function findWorkspace(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return row ?? null;
}

export async function updateWorkspaceName(db: Db, workspaceId: string, name: string) {
  const [row] = await db.update(workspaces).set({ name }).where(eq(workspaces.id, workspaceId)).returning();
  return row ?? null;
}

export async function listFlags(db: Db, workspaceId: string) {
  return db.select().from(featureFlags).where(eq(featureFlags.workspaceId, workspaceId));
}

export async function findFlag(db: Db, workspaceId: string, key: string) {
  const [row] = await db
    .select()
    .from(featureFlags)
    .where(and(eq(featureFlags.workspaceId, workspaceId), eq(featureFlags.key, key)))
    .limit(1);
  return row ?? null;
}

export async function upsertFlag(db: Db, workspaceId: string, key: string, isEnabled: boolean) {
  await db
    .insert(featureFlags)
    .values({ workspaceId, key, isEnabled })
    .onConflictDoUpdate({
      target: [featureFlags.workspaceId, featureFlags.key],
      set: { isEnabled, updatedAt: sql`now()` },
    });
}
