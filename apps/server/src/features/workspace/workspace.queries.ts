import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
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

export type WorkspaceSettingsUpdate = { name?: string; timeZone?: string; logoUrlTemplate?: string | null };

export async function updateWorkspaceSettings(db: Db, workspaceId: string, update: WorkspaceSettingsUpdate) {
  const [row] = await db.update(workspaces).set(update).where(eq(workspaces.id, workspaceId)).returning();
  return row ?? null;
}

const parentWorkspaces = alias(workspaces, 'parent_workspace');

/**
 * The time zone every day count of a workspace is taken in. A demo shadow counts in its parent's
 * zone, so turning demo mode on does not move "today".
 */
export async function getWorkspaceTimeZone(db: Db, workspaceId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: sql<string>`coalesce(${parentWorkspaces.timeZone}, ${workspaces.timeZone})` })
    .from(workspaces)
    .leftJoin(parentWorkspaces, eq(parentWorkspaces.id, workspaces.parentWorkspaceId))
    .where(eq(workspaces.id, workspaceId))
    .limit(1);
  return row?.timeZone ?? 'UTC';
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
